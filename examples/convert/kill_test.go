package main

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/hugofmt/hugofmt/convert"
)

// killTree writes a tree of n posts that the default rules change into
// dir and returns each file's old and new content by path.
func killTree(t *testing.T, dir string, n int) (old, new map[string][]byte) {
	t.Helper()
	tr, err := convert.New(convert.Options{})
	if err != nil {
		t.Fatal(err)
	}
	old, new = map[string][]byte{}, map[string][]byte{}
	for i := range n {
		name := filepath.Join(dir, fmt.Sprintf("s%02d", i%40), fmt.Sprintf("post-%04d.md", i))
		src := []byte(fmt.Sprintf("---\ntitle: Post %d\n---\n\nThe talk of day %d:\n\n"+
			"<script async class=\"speakerdeck-embed\" data-id=\"%032x\" data-ratio=\"1.77777777777778\" src=\"//speakerdeck.com/assets/embed.js\"></script>\n\n%s",
			i, i, i, strings.Repeat(fmt.Sprintf("Notes on talk %d, which went on for a while.\n", i), 1+i%50)))
		out, _, err := convert.Bytes(tr, src)
		if err != nil {
			t.Fatal(err)
		}
		if bytes.Equal(out, src) {
			t.Fatalf("the default rules leave %s unchanged: the test would prove nothing", name)
		}
		if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(name, src, 0o640); err != nil {
			t.Fatal(err)
		}
		old[name], new[name] = src, out
	}
	return old, new
}

// checkTree fails unless every file of the tree is either its old or its
// new content, with its mode, and returns how many are new. Temporary
// files left by a kill are allowed; any other file is not.
func checkTree(t *testing.T, dir string, old, new map[string][]byte) (converted, temps int) {
	t.Helper()
	seen := 0
	filepath.WalkDir(dir, func(path string, d os.DirEntry, err error) error {
		if err != nil {
			t.Error(err)
			return nil
		}
		if d.IsDir() {
			return nil
		}
		want, ok := old[path]
		if !ok {
			if strings.Contains(d.Name(), ".hugofmt-") && strings.HasPrefix(d.Name(), ".") {
				temps++
				return nil
			}
			t.Errorf("%s: a file that should not be there", path)
			return nil
		}
		seen++
		got, err := os.ReadFile(path)
		if err != nil {
			t.Error(err)
			return nil
		}
		switch {
		case bytes.Equal(got, new[path]):
			converted++
		case !bytes.Equal(got, want):
			t.Errorf("%s: neither old nor new (%d bytes)", path, len(got))
		}
		if info, _ := d.Info(); info.Mode().Perm() != 0o640 {
			t.Errorf("%s: mode %v, want 0640", path, info.Mode())
		}
		return nil
	})
	if seen != len(old) {
		t.Errorf("%d files of %d are there", seen, len(old))
	}
	return converted, temps
}

// TestKill kills convert -w at moments spread over a run, on a large
// generated tree: afterwards every file must be either old or new, never
// partial, never missing.
func TestKill(t *testing.T) {
	if testing.Short() {
		t.Skip("writes thousands of files")
	}
	exe, err := exec.LookPath("convert") // the test binary, installed by TestMain
	if err != nil {
		t.Fatal(err)
	}
	const files = 1000
	base := t.TempDir()

	// Whole runs, to know how long one takes: the shortest of two, since
	// the first may pay for cold caches.
	var whole time.Duration
	for run := range 2 {
		dir := filepath.Join(base, fmt.Sprint("whole", run))
		old, new := killTree(t, dir, files)
		start := time.Now()
		if out, err := exec.Command(exe, "-w", dir).CombinedOutput(); err != nil {
			t.Fatalf("convert -w: %v\n%s", err, out)
		}
		if d := time.Since(start); whole == 0 || d < whole {
			whole = d
		}
		if n, temps := checkTree(t, dir, old, new); n != files || temps != 0 {
			t.Fatalf("after a whole run %d of %d files are new and %d temporary files remain", n, files, temps)
		}
	}

	partial := 0
	// Five kills spread over the run; on a loaded machine, whose runs take
	// longer or shorter than the whole ones timed, more until one lands in
	// the middle of writing.
	const runs, most = 5, 15
	for run := 0; run < runs || partial == 0 && run < most; run++ {
		dir := filepath.Join(base, fmt.Sprint("run", run))
		old, new := killTree(t, dir, files)
		// Spread the kills over the run, each at a random moment of its slice.
		at := time.Duration((float64(run%runs) + rand.Float64()) / runs * float64(whole))
		cmd := exec.Command(exe, "-w", dir)
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		time.Sleep(at)
		cmd.Process.Kill()
		cmd.Wait()
		n, temps := checkTree(t, dir, old, new)
		t.Logf("killed after %v of a %v run: %d of %d files new, %d temporary files left", at.Round(time.Millisecond), whole.Round(time.Millisecond), n, files, temps)
		if 0 < n && n < files {
			partial++
		}
	}
	if partial == 0 {
		t.Errorf("no kill landed in the middle of writing: the test proved nothing")
	}
}

// TestInterrupt interrupts convert -w in the middle of a run: it stops
// between two files, says so, exits 2, and leaves no temporary file.
func TestInterrupt(t *testing.T) {
	if testing.Short() {
		t.Skip("writes thousands of files")
	}
	exe, err := exec.LookPath("convert")
	if err != nil {
		t.Fatal(err)
	}
	const files = 2000
	dir := t.TempDir()
	old, new := killTree(t, dir, files)
	var stderr bytes.Buffer
	cmd := exec.Command(exe, "-w", dir)
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	time.Sleep(200 * time.Millisecond)
	cmd.Process.Signal(os.Interrupt)
	err = cmd.Wait()
	n, temps := checkTree(t, dir, old, new)
	t.Logf("interrupted after 200ms: %d of %d files new", n, files)
	if n == files {
		t.Skip("the run ended before the interrupt: nothing to check")
	}
	if ee, ok := err.(*exec.ExitError); !ok || ee.ExitCode() != exitError {
		t.Errorf("exit: %v, want status %d", err, exitError)
	}
	if !strings.Contains(stderr.String(), "convert: interrupted; the files not reached are as they were") {
		t.Errorf("stderr does not say the run was interrupted:\n%s", stderr.String())
	}
	if temps != 0 {
		t.Errorf("%d temporary files left after an interrupt", temps)
	}
}
