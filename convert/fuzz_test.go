package convert_test

import (
	"bytes"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/hugofmt/hugofmt/convert"
	"github.com/hugofmt/hugofmt/internal/golden"
)

// FuzzBytes runs the default pipeline on any input: it must not panic,
// what it produces must come back unchanged when converted again, and
// every position it reports must be in the file. So must those of a
// pipeline whose migrate rules change the body before the embeds are
// looked for. The seeds are the sample site's posts and the golden inputs.
func FuzzBytes(f *testing.F) {
	fs.WalkDir(os.DirFS("../testdata/site"), ".", func(name string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			if b, err := os.ReadFile(filepath.Join("../testdata/site", name)); err == nil {
				f.Add(b)
			}
		}
		return nil
	})
	cases, _ := filepath.Glob("testdata/*.txtar")
	for _, path := range cases {
		if c, err := golden.Load(path); err == nil {
			f.Add(c.In)
		}
	}
	tr, err := convert.New(convert.Options{Rules: "hugo,order,embeds"})
	if err != nil {
		f.Fatal(err)
	}
	migrating, err := convert.New(convert.Options{Rules: "jekyll,hexo,zenn,qiita,wordpress,bare-urls,embeds,iframes,hugo"})
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		orig := bytes.Clone(src)
		if _, rep, err := convert.Bytes(migrating, src); err == nil {
			checkPositions(t, src, rep)
		}
		out, rep, err := convert.Bytes(tr, src)
		if !bytes.Equal(src, orig) {
			t.Fatal("Bytes modified its input")
		}
		if err != nil {
			return
		}
		checkPositions(t, src, rep)
		if rep.Changed == bytes.Equal(out, src) {
			t.Fatalf("report says changed=%v, output equal to input: %v", rep.Changed, bytes.Equal(out, src))
		}
		again, rep2, err := convert.Bytes(tr, out)
		if err != nil {
			t.Fatalf("converting the output fails: %v\ninput:  %q\noutput: %q", err, src, out)
		}
		if rep2.Changed {
			t.Fatalf("not idempotent:\ninput:  %q\nonce:   %q\ntwice:  %q", src, out, again)
		}
	})
}

// checkPositions fails unless every position rep gives is in src: on one
// of its lines, at most just past its end.
func checkPositions(t *testing.T, src []byte, rep *convert.Report) {
	t.Helper()
	lines := strings.SplitAfter(string(src), "\n")
	check := func(what string, line, col int) {
		if line < 1 || line > len(lines) || col < 1 || col > len(lines[line-1])+1 {
			t.Fatalf("%s at %d:%d, outside the file:\n%q", what, line, col, src)
		}
	}
	for _, c := range rep.Changes {
		check("change "+c.Msg, c.Line, c.Col)
	}
	for _, e := range rep.Embeds {
		check("embed "+e.LeftReason(), e.Line, e.Col)
	}
	for _, w := range rep.Warnings {
		check("warning "+w.Msg, w.Line, w.Col)
	}
}

// FuzzReadSite reads any configuration, in each format: it must not
// panic, and a configuration it reads must give content directories a
// walk can take: valid paths, sorted, none inside another.
func FuzzReadSite(f *testing.F) {
	for _, seed := range []string{
		"contentDir = 'posts'\ntimeZone = 'Asia/Tokyo'\n[taxonomies]\ntag = 'tags'\n",
		"---\nlanguages:\n  en: {contentDir: content/en}\n  fr: {contentDir: content/fr}\n",
		`{"module": {"mounts": [{"source": "docs", "target": "content"}]}}`,
		"contentDir = '../x'",
		"a: &a [*a]",
	} {
		f.Add(seed)
	}
	names := []string{"hugo.toml", "hugo.yaml", "hugo.json"}
	f.Fuzz(func(t *testing.T, config string) {
		for _, name := range names {
			site, err := convert.ReadSite(fstest.MapFS{name: {Data: []byte(config)}}, ".")
			if err != nil {
				continue
			}
			dirs := site.ContentDirs
			if len(dirs) == 0 || !slices.IsSorted(dirs) {
				t.Fatalf("%s: content directories %q", name, dirs)
			}
			for i, d := range dirs {
				if !fs.ValidPath(d) || i > 0 && (dirs[i-1] == "." || strings.HasPrefix(d, dirs[i-1]+"/")) {
					t.Fatalf("%s: content directories %q", name, dirs)
				}
			}
		}
	})
}
