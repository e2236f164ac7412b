package embed

import (
	"bytes"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/hugofmt/hugofmt/frontmatter"
	"github.com/hugofmt/hugofmt/internal/corpus"
	"github.com/hugofmt/hugofmt/internal/mdscan"
)

// protected returns, in order, the texts Rewrite must leave alone in a
// body: its code blocks, HTML comment blocks, code spans and inline
// comments, and shortcodes.
func protected(body []byte) []string {
	d := mdscan.Scan(body)
	var texts []string
	lines := d.Lines()
	for i, b := range d.Blocks() {
		switch {
		case b.Kind.IsCode():
			texts = append(texts, string(body[lines[b.First].Content:lines[b.Last].End]))
		case b.Kind == mdscan.HTMLBlock && b.HTMLType == 2: // the comment, not what follows it
			block := body[lines[b.First].Content:lines[b.Last].End]
			if end := bytes.Index(block, []byte("-->")); end >= 0 {
				block = block[:end+3]
			}
			texts = append(texts, string(block))
		case (b.Kind == mdscan.Paragraph || b.Kind == mdscan.Heading) &&
			bytes.ContainsAny(body[lines[b.First].Start:lines[b.Last].End], "<`"):
			for _, s := range d.Inline(i) {
				if s.Kind != mdscan.RawHTML {
					texts = append(texts, string(body[s.Start:s.End]))
				}
			}
		}
	}
	for _, sc := range d.Shortcodes() {
		texts = append(texts, string(body[sc.Start:sc.End]))
	}
	return texts
}

// isSubsequence reports whether every string of sub appears in all, in
// order.
func isSubsequence(sub, all []string) bool {
	i := 0
	for _, s := range all {
		if i < len(sub) && s == sub[i] {
			i++
		}
	}
	return i == len(sub)
}

func TestCorpus(t *testing.T) {
	files := corpus.Files(t, "..")
	paths := slices.Sorted(func(yield func(string) bool) {
		for p := range files {
			if !yield(p) {
				return
			}
		}
	})
	converted := map[string]int{}
	left := map[string]int{}
	var codeCandidates, changedFiles, escaped int
	for _, path := range paths {
		src := files[path]
		doc, err := frontmatter.Parse(src)
		if err != nil {
			continue // the front matter's own tests cover these
		}
		body := doc.Body()
		out, findings, err := Default().Rewrite(body)
		if err != nil {
			t.Errorf("%s: %v", path, err)
			continue
		}
		if again, _, err := Default().Rewrite(out); err != nil || !bytes.Equal(again, out) {
			t.Errorf("%s: not idempotent (%v)", path, err)
		}
		before, after := protected(body), protected(out)
		if !isSubsequence(before, after) {
			t.Errorf("%s: code, a comment or a shortcode changed", path)
		}
		if err := shortcodesAsText(body, out); err != nil {
			t.Errorf("%s: %v", path, err)
		}
		for _, text := range before {
			codeCandidates += len(Default().candidates([]byte(text)))
		}
		if strings.HasPrefix(path, "hugodocs") {
			for _, sc := range mdscan.Scan(body).Shortcodes() {
				if sc.Escaped {
					escaped++
				}
			}
		}
		doc.SetBody(out)
		file, err := doc.Bytes()
		if err != nil || !bytes.Equal(file[:doc.BodyOffset()], src[:doc.BodyOffset()]) {
			t.Errorf("%s: the front matter changed (%v)", path, err)
		}
		if !bytes.Equal(out, body) {
			changedFiles++
		}
		for _, f := range findings {
			if f.Converted {
				converted[f.Provider]++
				continue
			}
			reason := f.Reason
			if i := strings.Index(reason, " ("); i > 0 && strings.HasPrefix(reason, "unknown") {
				reason = reason[:i] + " " + reason[i+1:strings.Index(reason+")", ")")+1]
			}
			left[cmpOr(f.Provider, "-")+": "+reason]++
		}
	}
	t.Logf("%d files, %d changed; %d embed-looking tags inside code, comments or shortcodes, all kept", len(files), changedFiles, codeCandidates)
	// The corpus's README counts 107 {{</* */>}} and 31 {{%/* */%}}.
	if _, ok := files["hugodocs/content/en/content-management/shortcodes.md"]; ok && escaped != 138 {
		t.Errorf("hugodocs holds %d escaped shortcodes, want 138", escaped)
	}
	t.Logf("converted: %s", tally(converted))
	t.Logf("left:\n%s", tally(left))
}

func tally(m map[string]int) string {
	keys := slices.Sorted(func(yield func(string) bool) {
		for k := range m {
			if !yield(k) {
				return
			}
		}
	})
	var b strings.Builder
	for _, k := range keys {
		fmt.Fprintf(&b, "\t%4d  %s\n", m[k], k)
	}
	return b.String()
}

func cmpOr(a, b string) string {
	if a != "" {
		return a
	}
	return b
}
