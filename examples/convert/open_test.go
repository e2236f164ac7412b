package main

import (
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"
)

// TestSiteFS holds siteFS to os.DirFS: the same files, the same errors
// with the same relative paths.
func TestSiteFS(t *testing.T) {
	dir := t.TempDir()
	for name, data := range map[string]string{"content/a.md": "a\n", "content/sub/b.md": "b\n", "hugo.toml": ""} {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for _, d := range []string{dir, dir + "/"} {
		fsys := siteFS(d)
		if err := fstest.TestFS(fsys, "content/a.md", "content/sub/b.md", "hugo.toml"); err != nil {
			t.Fatal(err)
		}
		for _, name := range []string{"missing.md", "content/missing/x.md", "../x", "/abs"} {
			_, got := fsys.Open(name)
			_, want := os.DirFS(d).Open(name)
			if got == nil || got.Error() != want.Error() {
				t.Errorf("Open(%q) = %v, want %v", name, got, want)
			}
			if errors.Is(want, fs.ErrNotExist) != errors.Is(got, fs.ErrNotExist) {
				t.Errorf("Open(%q): %v is not ErrNotExist as %v is", name, got, want)
			}
		}
	}
}

// TestCreateTemp checks that temporary files are new, private, named
// after the file they replace, and that createFile never opens a file
// that exists.
func TestCreateTemp(t *testing.T) {
	dir := t.TempDir()
	seen := map[string]bool{}
	for range 20 {
		f, err := createTemp(dir, ".a.md.hugofmt-")
		if err != nil {
			t.Fatal(err)
		}
		name := f.Name()
		if seen[name] || !strings.HasPrefix(filepath.Base(name), ".a.md.hugofmt-") || filepath.Dir(name) != dir {
			t.Errorf("temporary file %s: not new, or not named after .a.md.hugofmt-", name)
		}
		seen[name] = true
		if _, err := io.WriteString(f, "x"); err != nil {
			t.Error(err)
		}
		f.Close()
		if info, err := os.Stat(name); err != nil || info.Mode().Perm() != 0o600 {
			t.Errorf("%s: %v, mode %v, want 0600", name, err, info.Mode())
		}
		if _, err := createFile(name, 0o600); !errors.Is(err, fs.ErrExist) {
			t.Errorf("createFile on an existing file: %v, want ErrExist", err)
		}
	}
}
