package embed

import (
	"bytes"
	"path/filepath"
	"testing"

	"github.com/hugofmt/hugofmt/frontmatter"
	"github.com/hugofmt/hugofmt/internal/golden"
)

// FuzzRewrite checks that Rewrite never panics, that its output is stable
// (rewriting it again changes nothing), that it changes nothing when it
// converts nothing, and that code, comments and shortcodes come through.
// Its seeds are the golden inputs and testdata/fuzz/FuzzRewrite.
func FuzzRewrite(f *testing.F) {
	paths, _ := filepath.Glob(filepath.Join("testdata", "*.txtar"))
	for _, path := range paths {
		c, err := golden.Load(path)
		if err != nil {
			f.Fatal(err)
		}
		if doc, err := frontmatter.Parse(c.In); err == nil {
			f.Add(doc.Body())
		}
	}
	r := Default()
	f.Fuzz(func(t *testing.T, body []byte) {
		out, findings, err := r.Rewrite(body)
		if err != nil {
			t.Fatalf("Rewrite(%q): %v", body, err)
		}
		converted := 0
		for _, fd := range findings {
			if fd.Converted {
				converted++
			}
		}
		if converted == 0 && !bytes.Equal(out, body) {
			t.Fatalf("Rewrite(%q) converted nothing but changed the body to %q", body, out)
		}
		again, _, err := r.Rewrite(out)
		if err != nil || !bytes.Equal(again, out) {
			t.Fatalf("not idempotent: Rewrite(%q) = %q, then %q (%v)", body, out, again, err)
		}
		if !isSubsequence(protected(body), protected(out)) {
			t.Fatalf("Rewrite(%q) = %q changed code, a comment or a shortcode", body, out)
		}
	})
}
