package embed

import (
	"bytes"
	"fmt"
	"path/filepath"
	"testing"

	"github.com/hugofmt/hugofmt/frontmatter"
	"github.com/hugofmt/hugofmt/internal/golden"
	"github.com/hugofmt/hugofmt/internal/mdscan"
)

// FuzzRewrite checks that Rewrite never panics, that its output is stable
// (rewriting it again changes nothing), that it changes nothing when it
// converts nothing, and that code, comments and shortcodes come through,
// with the default providers and with the opt-in Iframes() too. Its seeds
// are the golden inputs and testdata/fuzz/FuzzRewrite.
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
	withIframes, err := Default().With(Iframes())
	if err != nil {
		f.Fatal(err)
	}
	regs := []*Registry{Default(), withIframes}
	f.Fuzz(func(t *testing.T, body []byte) {
		for _, r := range regs {
			checkRewrite(t, r, body)
		}
	})
}

// checkRewrite checks the properties FuzzRewrite holds Rewrite to.
func checkRewrite(t *testing.T, r *Registry, body []byte) {
	t.Helper()
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
	if err := shortcodesAsText(body, out); err != nil {
		t.Fatalf("Rewrite(%q) = %q: %v", body, out, err)
	}
}

// shortcodesAsText returns an error unless every shortcode Rewrite put in
// out stands in text (a paragraph or a heading), where Hugo renders it,
// rather than in an HTML block (safe mode drops it) or in code.
func shortcodesAsText(body, out []byte) error {
	had := map[string]int{}
	for _, sc := range mdscan.Scan(body).Shortcodes() {
		had[string(body[sc.Start:sc.End])]++
	}
	d := mdscan.Scan(out)
	for _, sc := range d.Shortcodes() {
		text := string(out[sc.Start:sc.End])
		if had[text] > 0 {
			had[text]--
			continue
		}
		b := d.BlockAt(sc.Start)
		if b < 0 || d.Blocks()[b].Kind != mdscan.Paragraph && d.Blocks()[b].Kind != mdscan.Heading {
			kind := "no block"
			if b >= 0 {
				kind = d.Blocks()[b].Kind.String()
			}
			return fmt.Errorf("%s lands in %s", text, kind)
		}
	}
	return nil
}
