package frontmatter

import (
	"bytes"
	"path/filepath"
	"testing"
	"time"

	"github.com/hugofmt/hugofmt/internal/golden"
)

// FuzzRules applies every rule but format to arbitrary files: no input may
// make a rule panic, and what the rules make of their own output must be
// that output, unchanged.
func FuzzRules(f *testing.F) {
	paths, _ := filepath.Glob("testdata/rules/*.txtar")
	for _, p := range paths {
		if c, err := golden.Load(p); err == nil {
			f.Add(c.In)
		}
	}
	rules, err := RulesByName("all,-format")
	if err != nil {
		f.Fatal(err)
	}
	cfg := Config{Location: time.FixedZone("", 9*3600), Taxonomies: []string{"series"}}
	f.Fuzz(func(t *testing.T, src []byte) {
		once, err := applyToBytes(src, cfg, rules)
		if err != nil {
			return // unreadable front matter is reported, not normalized
		}
		twice, err := applyToBytes(once.Out, cfg, rules)
		if err != nil {
			t.Fatalf("the rules' output is unreadable: %v\ninput:  %q\noutput: %q", err, src, once.Out)
		}
		if !bytes.Equal(twice.Out, once.Out) {
			t.Fatalf("not idempotent:\ninput:  %q\nonce:   %q\ntwice:  %q\nreport:\n%s", src, once.Out, twice.Out, twice.Report)
		}
	})
}
