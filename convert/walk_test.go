package convert

import (
	"errors"
	"fmt"
	"hash/fnv"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"testing/fstest"
	"time"

	"github.com/hugofmt/hugofmt/frontmatter"
)

// paths returns the paths of what w yields for roots in fsys, failing the
// test on any error.
func paths(t *testing.T, w *Walker, fsys fs.FS, roots ...string) []string {
	t.Helper()
	var got []string
	for r := range w.Walk(fsys, roots...) {
		if r.Err != nil {
			t.Errorf("%s: %v", r.Path, r.Err)
		}
		got = append(got, r.Path)
	}
	return got
}

func mapFS(names ...string) fstest.MapFS {
	fsys := fstest.MapFS{}
	for _, name := range names {
		fsys[name] = &fstest.MapFile{Data: []byte("---\ntitle: " + name + "\n---\nbody of " + name + "\n")}
	}
	return fsys
}

func TestWalkOrderUnderParallelism(t *testing.T) {
	var names []string
	for i := range 300 {
		names = append(names, fmt.Sprintf("d%d/sub%d/f%03d.md", i%7, i%3, i))
	}
	fsys := mapFS(names...)
	// Each file takes a pseudo-random time, so workers finish out of order.
	sleepy := Func(func(d *frontmatter.Document, rep *Report) error {
		h := fnv.New32()
		h.Write(d.Body())
		time.Sleep(time.Duration(h.Sum32()%2000) * time.Microsecond)
		return upper(d, rep)
	})
	w := &Walker{Transformer: sleepy, Workers: 8}
	var want []string
	fs.WalkDir(fsys, ".", func(name string, d fs.DirEntry, err error) error {
		if !d.IsDir() {
			want = append(want, name)
		}
		return nil
	})
	var got []string
	for r := range w.Walk(fsys, ".") {
		if r.Err != nil {
			t.Fatal(r.Err)
		}
		if wantOut := strings.ToUpper("body of " + r.Path); !strings.Contains(string(r.Out), wantOut) {
			t.Errorf("%s: result holds %q, not its own conversion", r.Path, r.Out)
		}
		got = append(got, r.Path)
	}
	if !slices.Equal(got, want) {
		t.Errorf("results out of lexical order:\ngot  %v\nwant %v", got, want)
	}
}

func TestWalkBoundsWorkAndMemory(t *testing.T) {
	const workers = 3
	var names []string
	for i := range 200 {
		names = append(names, fmt.Sprintf("f%03d.md", i))
	}
	release := make(chan struct{})
	var started, running, maxRunning atomic.Int32
	tr := Func(func(d *frontmatter.Document, rep *Report) error {
		started.Add(1)
		n := running.Add(1)
		defer running.Add(-1)
		for m := maxRunning.Load(); n > m && !maxRunning.CompareAndSwap(m, n); m = maxRunning.Load() {
		}
		if strings.Contains(string(d.Body()), "f000") {
			<-release // the first file is slow: the others must not pile up
		} else {
			time.Sleep(time.Millisecond)
		}
		return nil
	})
	w := &Walker{Transformer: tr, Workers: workers}
	go func() {
		time.Sleep(100 * time.Millisecond)
		close(release)
	}()
	var held int32
	n := 0
	for r := range w.Walk(mapFS(names...), ".") {
		if n == 0 {
			held = started.Load()
		}
		if r.Err != nil {
			t.Fatal(r.Err)
		}
		n++
	}
	if n != len(names) {
		t.Fatalf("%d results, want %d", n, len(names))
	}
	// While the first file blocks, the queue of results waiting for it
	// holds at most queuedPerWorker*workers files, plus the first.
	if max := int32(queuedPerWorker*workers + 1); held > max || held < workers {
		t.Errorf("%d files converted while the first was blocked; want between %d and %d", held, workers, max)
	}
	if m := maxRunning.Load(); m > workers || m < 2 {
		t.Errorf("at most %d files converted at once; want between 2 and %d", m, workers)
	}
}

func TestWalkStopEarly(t *testing.T) {
	var names []string
	for i := range 500 {
		names = append(names, fmt.Sprintf("f%03d.md", i))
	}
	before := runtime.NumGoroutine()
	var started atomic.Int32
	w := &Walker{Transformer: Func(func(*frontmatter.Document, *Report) error {
		started.Add(1)
		return nil
	}), Workers: 4}
	n := 0
	for range w.Walk(mapFS(names...), ".") {
		if n++; n == 3 {
			break
		}
	}
	// Walk returns only when its goroutines are done.
	s := started.Load()
	time.Sleep(20 * time.Millisecond)
	if started.Load() != s || s > 3+queuedPerWorker*4+1 {
		t.Errorf("%d files converted after stopping at 3 (still rising: %v)", s, started.Load() != s)
	}
	if after := runtime.NumGoroutine(); after > before {
		t.Errorf("%d goroutines before the walk, %d after stopping it", before, after)
	}
}

func TestWalkChoosesFiles(t *testing.T) {
	tree := []string{
		"content/a.md", "content/b.markdown", "content/c.html", "content/d.txt", "content/E.MD",
		"content/public/p.md", "content/node_modules/n.md", "content/resources/_gen/g.md", "content/x/.git/g.md",
		"layouts/l.html", "public/x.md", "node_modules/m/m.md",
		".git/g.md", "resources/_gen/r.md", "resources/s.md", "themes/t/content/t.md",
	}
	// A content/public section is published by Hugo, as are the other
	// names that are skipped only at the root of a site.
	content := []string{
		"content/E.MD", "content/a.md", "content/b.markdown", "content/c.html",
		"content/node_modules/n.md", "content/public/p.md", "content/resources/_gen/g.md",
	}
	all := append(slices.Clone(content), "layouts/l.html", "resources/s.md", "themes/t/content/t.md")
	tests := []struct {
		name  string
		extra []string // more files in the tree
		w     Walker
		roots []string
		want  []string
	}{
		{name: "not a site", roots: []string{"."}, want: all},
		{name: "hugo.toml", extra: []string{"hugo.toml"}, roots: []string{"."}, want: content},
		{name: "config.yaml", extra: []string{"config.yaml"}, roots: []string{"."}, want: content},
		{name: "config dir", extra: []string{"config/_default/hugo.toml"}, roots: []string{"."}, want: content},
		{name: "site in a subdirectory", extra: []string{"site/hugo.json", "site/content/s.md", "site/public/s.md"}, roots: []string{"site"}, want: []string{"site/content/s.md"}},
		{name: "content dir at the site root", extra: []string{"hugo.toml"}, roots: []string{"."}, w: Walker{Extensions: []string{".md"}},
			want: []string{"content/E.MD", "content/a.md", "content/node_modules/n.md", "content/public/p.md", "content/resources/_gen/g.md"}},
		{name: "a directory, skipping at its root", extra: []string{"site/public/x.md", "site/node_modules/m.md", "site/resources/_gen/r.md", "site/posts/public/p.md"}, roots: []string{"site"},
			want: []string{"site/posts/public/p.md"}},
		{name: "a skipped name as root", roots: []string{"public"}, want: []string{"public/x.md"}},
		// Walked alone, a directory cannot be told from a project's root.
		{name: "files as roots, whatever their names", roots: []string{"content/d.txt", "public/x.md", "content"},
			want: []string{"content/d.txt", "public/x.md", "content/E.MD", "content/a.md", "content/b.markdown", "content/c.html"}},
		{name: "extensions", w: Walker{Extensions: []string{".txt"}}, roots: []string{"content"}, want: []string{"content/d.txt"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fsys := mapFS(append(tree, tt.extra...)...)
			for name, f := range fsys {
				if configFormat(name) != frontmatter.None {
					f.Data = nil // an empty configuration: Hugo's defaults
				}
			}
			got := paths(t, &tt.w, fsys, tt.roots...)
			if !slices.Equal(got, tt.want) {
				t.Errorf("got  %v\nwant %v", got, tt.want)
			}
		})
	}
}

func TestWalkErrors(t *testing.T) {
	fsys := mapFS("a.md", "z.md")
	fsys["bad.md"] = &fstest.MapFile{Data: []byte("+++\ntitle = 1\n")}
	fsys["big.md"] = &fstest.MapFile{Data: []byte(strings.Repeat("x", 1025))}
	fsys["panic.md"] = &fstest.MapFile{Data: []byte("panic")}
	tr := Func(func(d *frontmatter.Document, rep *Report) error {
		if string(d.Body()) == "panic" {
			var m map[string]int
			m["x"]++ // a bug in a transformer
		}
		return nil
	})
	w := &Walker{Transformer: tr, MaxSize: 1024}
	want := map[string]string{
		"a.md":     "",
		"bad.md":   "bad.md:1:1: TOML front matter opened here is never closed",
		"big.md":   "read big.md: file larger than 0 MiB",
		"missing":  "open missing: file does not exist",
		"panic.md": "convert panic.md: hugofmt bug, please report it: panic: assignment to entry in nil map",
		"z.md":     "",
	}
	var got []string
	for r := range w.Walk(fsys, ".", "missing") {
		got = append(got, r.Path)
		msg := ""
		if r.Err != nil {
			msg = r.Err.Error()
			var fe *frontmatter.Error
			var pe *fs.PathError
			switch {
			case errors.As(r.Err, &fe):
				if fe.Path != r.Path {
					t.Errorf("%s: error path %q", r.Path, fe.Path)
				}
			case errors.As(r.Err, &pe):
				if pe.Path != r.Path {
					t.Errorf("%s: error path %q", r.Path, pe.Path)
				}
			default:
				t.Errorf("%s: error of type %T", r.Path, r.Err)
			}
			if r.Out != nil {
				t.Errorf("%s: failed, yet Out is set", r.Path)
			}
		}
		if w, ok := want[r.Path]; !ok || !strings.HasPrefix(msg, w) || (w == "") != (msg == "") {
			t.Errorf("%s: error %q, want %q", r.Path, msg, w)
		}
	}
	if wantPaths := []string{"a.md", "bad.md", "big.md", "panic.md", "z.md", "missing"}; !slices.Equal(got, wantPaths) {
		t.Errorf("results %v, want %v", got, wantPaths)
	}
}

func TestWalkSymlinks(t *testing.T) {
	dir := t.TempDir()
	write := func(name string) {
		t.Helper()
		if err := os.WriteFile(filepath.Join(dir, name), []byte("body\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	link := func(old, new string) {
		t.Helper()
		if err := os.Symlink(old, filepath.Join(dir, new)); err != nil {
			t.Skipf("no symbolic links here: %v", err)
		}
	}
	os.Mkdir(filepath.Join(dir, "sub"), 0o755)
	write("a.md")
	write("sub/b.md")
	link(".", "loop")             // a directory cycle
	link("..", "sub/up")          // another
	link("self.md", "self.md")    // a link to itself
	link("a.md", "alias.md")      // a link to a file
	link("sub", "linked-dir")     // a link to a directory
	link("missing.md", "dead.md") // a dangling link
	fsys := os.DirFS(dir)

	w := &Walker{}
	done := make(chan []string)
	go func() { done <- paths(t, w, fsys, ".") }()
	select {
	case got := <-done:
		if want := []string{"a.md", "sub/b.md"}; !slices.Equal(got, want) {
			t.Errorf("got %v, want %v: links are skipped inside the tree", got, want)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("walk trapped in a link cycle")
	}

	// Named roots are followed; a link to itself is a clear error.
	var got []string
	for r := range w.Walk(fsys, "linked-dir", "self.md") {
		msg := ""
		if r.Err != nil {
			msg = r.Err.Error()
		}
		got = append(got, r.Path+" "+msg)
	}
	if len(got) != 2 || got[0] != "linked-dir/b.md " || !strings.Contains(got[1], "self.md: too many levels of symbolic links") {
		t.Errorf("got %q, want linked-dir/b.md and an error for self.md", got)
	}
}

func TestWalkUnreadable(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("running as root: permissions do not stop reads (the CLI tests cover an unreadable file another way)")
	}
	dir := t.TempDir()
	for _, name := range []string{"a.md", "locked/b.md", "secret.md", "z.md"} {
		os.MkdirAll(filepath.Dir(filepath.Join(dir, name)), 0o755)
		os.WriteFile(filepath.Join(dir, name), []byte("x\n"), 0o644)
	}
	os.Chmod(filepath.Join(dir, "secret.md"), 0)
	os.Chmod(filepath.Join(dir, "locked"), 0)
	defer os.Chmod(filepath.Join(dir, "locked"), 0o755)
	var got []string
	for r := range (&Walker{}).Walk(os.DirFS(dir), ".") {
		got = append(got, fmt.Sprint(r.Path, " ", r.Err))
	}
	want := []string{"a.md <nil>", "locked open locked: permission denied", "secret.md open secret.md: permission denied", "z.md <nil>"}
	if !slices.Equal(got, want) {
		t.Errorf("got  %q\nwant %q", got, want)
	}
}

// TestWalkConcurrentUse runs one Walker from several goroutines, for the
// race detector.
func TestWalkConcurrentUse(t *testing.T) {
	fsys := mapFS("a.md", "b/c.md", "b/d.md")
	w := &Walker{Transformer: upper, Workers: 2}
	var wg sync.WaitGroup
	for range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var s Summary
			for r := range w.Walk(fsys, ".") {
				s.Add(r)
			}
			if s.Files != 3 || s.Changed != 3 || s.Rules["upper"] != 3 {
				t.Errorf("summary %+v", s)
			}
		}()
	}
	wg.Wait()
}
