package e2e

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/gohugoio/hugo/parser/pageparser"

	"github.com/hugofmt/hugofmt/frontmatter"
)

// hugoSplit splits src with Hugo's own page lexer: the front matter's
// format and bytes, and where the content begins.
func hugoSplit(src []byte) (format frontmatter.Format, raw []byte, body int, err error) {
	items, err := pageparser.ParseBytes(src, pageparser.Config{})
	if err != nil {
		return "", nil, 0, err
	}
	for i, it := range items {
		switch {
		case it.Type == pageparser.TypeIgnore:
			continue // a BOM
		case it.IsError():
			// The lexer failed before any content: on the front matter.
			return "", nil, 0, errors.New(it.ValStr(src))
		case !it.IsFrontMatter():
			// Content first: no front matter. (Errors further on are
			// about shortcodes in the content, not about the split.)
			return frontmatter.None, nil, 0, nil
		}
		format = frontmatter.Format(pageparser.FormatFromFrontMatterType(it.Type))
		raw = it.Val(src)
		if format == frontmatter.JSON || format == frontmatter.Org {
			// Hugo's item holds the blank space before the object or the
			// keywords and the line end after a JSON object, which the
			// decoders skip; frontmatter counts them as what comes
			// before the front matter and the body's separator.
			raw = bytes.TrimLeft(raw, " \t\r\n")
			if format == frontmatter.JSON {
				raw = bytes.TrimRight(raw, "\r\n")
			}
		}
		body = len(src)
		if i+1 < len(items) {
			body = items[i+1].Pos()
		}
		return format, raw, body, nil
	}
	return frontmatter.None, nil, 0, nil
}

// checkSplit fails when frontmatter.Parse and Hugo's lexer disagree on
// src: on the format, the front matter's bytes, where the content begins,
// or whether the file can be read at all. A file Hugo refuses for a
// broken delimiter is one frontmatter reads as all content, with a
// warning that Hugo will refuse it.
func checkSplit(t *testing.T, name string, src []byte) {
	t.Helper()
	hf, hraw, hbody, herr := hugoSplit(src)
	d, err := frontmatter.Parse(src)
	switch {
	case herr != nil && err != nil:
		return
	case herr != nil:
		for _, w := range d.Warnings() {
			if strings.Contains(w.Msg, "Hugo reads it as a broken") {
				return
			}
		}
		t.Errorf("%s: Hugo refuses the file (%v), frontmatter reads it as %q front matter with no warning", name, herr, d.Format())
		return
	case err != nil:
		t.Errorf("%s: frontmatter refuses the file (%v), Hugo reads it", name, err)
		return
	}
	if d.Format() != hf || !bytes.Equal(d.Raw(), hraw) {
		t.Errorf("%s: front matter %q %q, Hugo has %q %q", name, d.Format(), d.Raw(), hf, hraw)
	}
	if hf != frontmatter.None && d.BodyOffset() != hbody {
		t.Errorf("%s: content begins at %d, Hugo has %d", name, d.BodyOffset(), hbody)
	}
}

// splitCases are files on the edges of Hugo's lexer.
var splitCases = []string{
	"---\ntitle: x\n---\nbody\n",
	"+++\ntitle = 'x'\n+++\nbody\n",
	"{\"title\": \"x\"}body",
	"{\"a\": \"}{\\\"}\"}\r\nbody",
	"#+TITLE: x\n#+DATE: 2020\nbody\n",
	"# heading\n",
	"---\n---\nbody",
	"\ufeff\n \t\n---\r\ntitle: x\r\n---\r\nbody\r\n",
	"---  \ntitle: x\n---  \nbody\n",
	"---\ntext: |\n  ---\n---\n",
	"---\ntitle: x\n---more\nbody\n",
	"------\ntitle: six\n------\nbody",
	"---x---\ny: 1\n---\n",
	"---\rtitle: x\r---\rbody",
	"<!--\n---\ntitle: x\n---\n-->\nbody\n",
	"- item\n",
	"+1\n",
	"--\n",
	"---",
	" \n#+TITLE: x\n",
	"\n\t{\"a\": 1}\n",
	"---\ntitle: x\n",
	"{\"title\": \"x\"\n",
	"",
	"\n\n",
	"text first\n---\na: 1\n---\n",
}

func TestSplitAgreesWithHugo(t *testing.T) {
	for i, src := range splitCases {
		checkSplit(t, "case "+string(rune('A'+i)), []byte(src))
	}
	corpus := filepath.Join("..", "..", "shared", "corpus")
	if _, err := os.Stat(corpus); err != nil {
		t.Logf("shared corpus not found at %s; only the built-in cases were checked", corpus)
		return
	}
	n := 0
	err := filepath.WalkDir(corpus, func(path string, e os.DirEntry, err error) error {
		if err != nil || e.IsDir() || !strings.HasSuffix(path, ".md") {
			return err
		}
		src, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		n++
		checkSplit(t, path, src)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("%d corpus files split as Hugo splits them", n)
}

func FuzzSplitAgreesWithHugo(f *testing.F) {
	for _, src := range splitCases {
		f.Add([]byte(src))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		checkSplit(t, "input", src)
	})
}
