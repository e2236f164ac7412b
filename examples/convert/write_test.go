package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/hugofmt/hugofmt/convert"
)

// setup writes name in a new directory with the given mode and returns
// its path and the FileInfo a walk would have given for it.
func setup(t *testing.T, content string, mode os.FileMode) (string, os.FileInfo) {
	t.Helper()
	name := filepath.Join(t.TempDir(), "post.md")
	if err := os.WriteFile(name, []byte(content), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(name, mode); err != nil {
		t.Fatal(err)
	}
	info, err := os.Stat(name)
	if err != nil {
		t.Fatal(err)
	}
	return name, info
}

// onlyFiles fails unless dir holds exactly the given names: no temporary
// file is left behind.
func onlyFiles(t *testing.T, dir string, names ...string) {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range entries {
		got = append(got, e.Name())
	}
	if strings.Join(got, " ") != strings.Join(names, " ") {
		t.Errorf("directory holds %q, want %q", got, names)
	}
}

func readString(t *testing.T, name string) string {
	t.Helper()
	b, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func TestWriteFileKeepsMode(t *testing.T) {
	for _, mode := range []os.FileMode{0o644, 0o600, 0o755, 0o444} {
		name, info := setup(t, "old\n", mode)
		if err := writeFile(name, []byte("new\n"), info); err != nil {
			t.Fatalf("mode %v: %v", mode, err)
		}
		if got := readString(t, name); got != "new\n" {
			t.Errorf("mode %v: content %q, want new", mode, got)
		}
		after, _ := os.Stat(name)
		if after.Mode() != info.Mode() {
			t.Errorf("mode %v became %v", info.Mode(), after.Mode())
		}
		onlyFiles(t, filepath.Dir(name), "post.md")
	}
}

func TestWriteFileThroughLink(t *testing.T) {
	name, info := setup(t, "old\n", 0o644)
	dir := filepath.Dir(name)
	link := filepath.Join(dir, "link.md")
	if err := os.Symlink("post.md", link); err != nil {
		t.Skipf("no symbolic links: %v", err)
	}
	if err := writeFile(link, []byte("new\n"), info); err != nil {
		t.Fatal(err)
	}
	if got := readString(t, name); got != "new\n" {
		t.Errorf("target holds %q, want new", got)
	}
	if l, err := os.Lstat(link); err != nil || l.Mode()&os.ModeSymlink == 0 {
		t.Errorf("the link is no longer a link: %v %v", l.Mode(), err)
	}
	onlyFiles(t, dir, "link.md", "post.md")
}

func TestWriteFileRefuses(t *testing.T) {
	t.Run("changed on disk since read", func(t *testing.T) {
		name, info := setup(t, "old\n", 0o644)
		later := time.Now().Add(time.Hour)
		if err := os.WriteFile(name, []byte("edited meanwhile\n"), 0o644); err != nil {
			t.Fatal(err)
		}
		os.Chtimes(name, later, later)
		err := writeFile(name, []byte("new\n"), info)
		if err == nil || !strings.Contains(err.Error(), "changed on disk while it was being converted; the file is as it was") {
			t.Errorf("error %v, want a refusal", err)
		}
		if got := readString(t, name); got != "edited meanwhile\n" {
			t.Errorf("file holds %q: the edit is lost", got)
		}
	})
	t.Run("read-only directory", func(t *testing.T) {
		if os.Geteuid() == 0 {
			t.Skip("running as root: a directory's mode does not stop root (the CLI script readonly.txtar uses chattr +i)")
		}
		name, info := setup(t, "old\n", 0o644)
		dir := filepath.Dir(name)
		os.Chmod(dir, 0o555)
		defer os.Chmod(dir, 0o755)
		err := writeFile(name, []byte("new\n"), info)
		if err == nil || !strings.Contains(err.Error(), "creating a temporary file") {
			t.Errorf("error %v", err)
		}
		onlyFiles(t, dir, "post.md")
	})
}

// TestWriterBatch stages several files and commits them at once: each is
// renamed only at the commit, a file edited in between is refused with
// its edit kept, and no temporary file stays behind.
func TestWriterBatch(t *testing.T) {
	dir := t.TempDir()
	var names []string
	var infos []os.FileInfo
	for _, n := range []string{"a.md", "b.md", "c.md"} {
		name := filepath.Join(dir, n)
		if err := os.WriteFile(name, []byte("old "+n+"\n"), 0o644); err != nil {
			t.Fatal(err)
		}
		info, err := os.Stat(name)
		if err != nil {
			t.Fatal(err)
		}
		names, infos = append(names, name), append(infos, info)
	}
	w := newWriter()
	var staged []*pending
	for i, name := range names {
		staged = append(staged, w.stage(name, []byte("new\n"), infos[i]))
	}
	for i, name := range names {
		if staged[i].err != nil {
			t.Fatalf("%s: %v", name, staged[i].err)
		}
		if got := readString(t, name); got == "new\n" {
			t.Errorf("%s is new before the commit", name)
		}
	}
	later := time.Now().Add(time.Hour)
	if err := os.WriteFile(names[1], []byte("edited meanwhile\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	os.Chtimes(names[1], later, later)
	w.close()
	for i, want := range []string{"new\n", "edited meanwhile\n", "new\n"} {
		if got := readString(t, names[i]); got != want {
			t.Errorf("%s holds %q, want %q", names[i], got, want)
		}
	}
	if err := staged[1].err; err == nil || !strings.Contains(err.Error(), "changed on disk while it was being converted") {
		t.Errorf("b.md: error %v, want a refusal", err)
	}
	if staged[0].err != nil || staged[2].err != nil {
		t.Errorf("errors %v, %v", staged[0].err, staged[2].err)
	}
	onlyFiles(t, dir, "a.md", "b.md", "c.md")
}

// TestHeldStaysBounded feeds -w's result handling the results a large
// site gives: unchanged files only, then one changed file followed by
// many unchanged ones. Unchanged results must not wait for a batch when
// none is open, none may keep a file's bytes, and the results waiting
// must stay bounded, or memory grows with the site.
func TestHeldStaysBounded(t *testing.T) {
	dir := t.TempDir()
	changed := filepath.Join(dir, "changed.md")
	if err := os.WriteFile(changed, []byte("old\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	info, err := os.Stat(changed)
	if err != nil {
		t.Fatal(err)
	}
	c := newConsole(io.Discard, io.Discard)
	defer c.close()
	r := &runner{flags: &flags{write: true}, c: c}
	body := bytes.Repeat([]byte("x"), 1<<10)
	unchanged := func() convert.Result {
		return convert.Result{Src: body, Out: body, Report: &convert.Report{}}
	}
	for i := range 3 * maxHeld {
		r.handle(fmt.Sprintf("same%d.md", i), unchanged())
		if len(r.held) != 0 {
			t.Fatalf("after %d unchanged files and no changed one, %d results wait for a batch", i+1, len(r.held))
		}
	}
	r.handle(changed, convert.Result{Src: []byte("old\n"), Out: []byte("new\n"), Report: &convert.Report{Changed: true}, Info: info})
	most := 0
	for i := range 3 * maxHeld {
		r.handle(fmt.Sprintf("after%d.md", i), unchanged())
		most = max(most, len(r.held)+len(r.inflight))
		for _, h := range slices.Concat(r.held, r.inflight) {
			if h.res.Src != nil || h.res.Out != nil {
				t.Fatalf("a held result of %s keeps the file's bytes", h.name)
			}
		}
	}
	// The results of the batch being written, and those after it.
	if most > 2*maxHeld {
		t.Errorf("up to %d results waited for a batch, want at most %d", most, 2*maxHeld)
	}
	r.flush()
	if got := readString(t, changed); got != "new\n" {
		t.Errorf("changed.md holds %q after the flush", got)
	}
	if want := 6*maxHeld + 1; r.sum.Files != want {
		t.Errorf("%d files reported, want %d", r.sum.Files, want)
	}
}
