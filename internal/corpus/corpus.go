// Package corpus hands tests the real posts of the shared corpus,
// ../shared/corpus beside a checkout (read-only in CI). Nothing outside
// tests needs it, and tests skip, saying why, when it is absent.
package corpus

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// Files returns the Markdown files of the corpus, keyed by their path in
// it ("hugodocs/content/en/…/x.md"), or skips tb when there is no corpus.
// repoRoot is the repository's root relative to the test's directory:
// "../.." for internal/mdscan.
func Files(tb testing.TB, repoRoot string) map[string][]byte {
	tb.Helper()
	root := filepath.Join(repoRoot, "..", "shared", "corpus")
	if _, err := os.Stat(root); err != nil {
		tb.Skipf("no corpus at %s (it sits beside the checkout): %v", root, err)
	}
	files := map[string][]byte{}
	err := filepath.WalkDir(root, func(path string, e fs.DirEntry, err error) error {
		if err != nil || e.IsDir() || !strings.HasSuffix(path, ".md") {
			return err
		}
		src, err := os.ReadFile(path)
		rel, _ := filepath.Rel(root, path)
		files[filepath.ToSlash(rel)] = src
		return err
	})
	if err != nil {
		tb.Fatal(err)
	}
	return files
}
