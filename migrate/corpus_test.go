package migrate

import (
	"bytes"
	"testing"

	"github.com/hugofmt/hugofmt/frontmatter"
	"github.com/hugofmt/hugofmt/internal/corpus"
)

// TestCorpus runs every rule over the real Hugo posts of ../shared/corpus:
// none may fail or panic, each must be idempotent, and, these being Hugo
// sites already, a rule may change a post only where the post really holds
// another engine's syntax: the changes are logged for review with -v.
func TestCorpus(t *testing.T) {
	rules := Rules()
	files, changed := 0, map[string]int{}
	for path, src := range corpus.Files(t, "..") {
		d, err := frontmatter.Parse(src)
		if err != nil {
			continue // not ours to read
		}
		files++
		for _, r := range rules {
			body := d.Body()
			out, findings := r.Rewrite(body)
			for _, f := range findings {
				if f.Converted {
					changed[r.Name()]++
				}
				t.Logf("%s: %s", path, f)
			}
			if again, _ := r.Rewrite(out); !bytes.Equal(again, out) {
				t.Errorf("%s: %s is not idempotent", path, r.Name())
			}
		}
	}
	t.Logf("%d posts; conversions by rule: %v", files, changed)
}
