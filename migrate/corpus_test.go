package migrate

import (
	"bytes"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/hugofmt/hugofmt/frontmatter"
)

// TestCorpus runs every rule over the real Hugo posts of ../shared/corpus:
// none may fail or panic, each must be idempotent, and, these being Hugo
// sites already, a rule may change a post only where the post really holds
// another engine's syntax: the changes are logged for review with -v.
func TestCorpus(t *testing.T) {
	root := filepath.Join("..", "..", "shared", "corpus")
	if _, err := os.Stat(root); err != nil {
		t.Skipf("no corpus at %s: the rules are not run on real posts", root)
	}
	rules := Rules()
	files, changed := 0, map[string]int{}
	err := filepath.WalkDir(root, func(path string, e fs.DirEntry, err error) error {
		if err != nil || e.IsDir() || !strings.HasSuffix(path, ".md") {
			return err
		}
		src, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		d, err := frontmatter.Parse(src)
		if err != nil {
			return nil // not ours to read
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
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("%d posts; conversions by rule: %v", files, changed)
}
