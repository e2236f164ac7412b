package frontmatter

import (
	"bytes"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// corpusDir is the shared corpus of real posts, beside the checkout. It is
// not part of the repository: tests that read it skip when it is absent.
const corpusDir = "../../shared/corpus"

// corpusFiles returns the Markdown files of the shared corpus, or skips the
// test when the corpus is not there.
func corpusFiles(t testing.TB) map[string][]byte {
	t.Helper()
	if _, err := os.Stat(corpusDir); err != nil {
		t.Skipf("shared corpus not found at %s (it sits beside the checkout, not in it): %v", corpusDir, err)
	}
	files := map[string][]byte{}
	err := filepath.WalkDir(corpusDir, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() || !(strings.HasSuffix(path, ".md") || strings.HasSuffix(path, ".markdown") || strings.HasSuffix(path, ".html")) {
			return nil
		}
		b, err := os.ReadFile(path)
		files[path] = b
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return files
}

func TestCorpusSplitRoundTrip(t *testing.T) {
	formats := map[Format]int{}
	for path, src := range corpusFiles(t) {
		d, err := Parse(src)
		if err != nil {
			t.Errorf("%s: %v", path, err)
			continue
		}
		formats[d.Format()]++
		out, err := d.Bytes()
		if err != nil || !bytes.Equal(out, src) {
			t.Errorf("%s: Bytes() did not give the source back (err %v)", path, err)
		}
	}
	t.Logf("formats: %v", formats)
}

// Every corpus file parses into the model, and reading the model changes
// nothing.
func TestCorpusMeta(t *testing.T) {
	for path, src := range corpusFiles(t) {
		d, err := Parse(src)
		if err != nil {
			continue // reported by TestCorpusSplitRoundTrip
		}
		if _, err := d.Meta(); err != nil {
			t.Errorf("%s: Meta: %v", path, err)
			continue
		}
		if out, err := d.Bytes(); err != nil || !bytes.Equal(out, src) {
			t.Errorf("%s: Bytes() after Meta() is not the source (err %v)", path, err)
		}
	}
}
