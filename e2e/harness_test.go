package e2e

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"testing"
)

// TestMain gives the original sites a directory that outlives the tests
// sharing them, and removes it at the end.
func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "hugofmt-e2e-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	originalsDir = dir
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

var judge struct {
	once sync.Once
	hugo *Hugo
	err  error
}

// findHugo returns the judge, or skips the test when there is none: the
// suite cannot run without it. With HUGOFMT_E2E_REQUIRE=1 a missing judge
// fails the test instead.
func findHugo(t *testing.T) *Hugo {
	t.Helper()
	judge.once.Do(func() { judge.hugo, judge.err = FindHugo() })
	if judge.err != nil {
		if os.Getenv(EnvRequire) == "1" {
			t.Fatalf("%s=1 and %v", EnvRequire, judge.err)
		}
		t.Skipf("skipping the end-to-end suite: %v", judge.err)
	}
	return judge.hugo
}

// originalsDir holds the original sites of every case, built once.
var originalsDir string

// builtOriginals holds, by case name, the original sites built so far.
var builtOriginals sync.Map // string → *lazyOriginals

type lazyOriginals struct {
	once sync.Once
	o    *Originals
	err  error
}

// originals returns the original sites of c, built by the first test that
// asks for them and shared by every test that proves a conversion of c.
func originals(t *testing.T, c Case) *Originals {
	t.Helper()
	h := findHugo(t)
	v, _ := builtOriginals.LoadOrStore(c.Name, &lazyOriginals{})
	l := v.(*lazyOriginals)
	l.once.Do(func() {
		l.o, l.err = BuildOriginals(context.Background(), h, filepath.Join(originalsDir, c.Name), c)
	})
	if l.err != nil {
		t.Fatal(l.err)
	}
	return l.o
}

// prove proves convert on c, in a temporary directory.
func prove(t *testing.T, c Case, convert Converter) *Report {
	t.Helper()
	r, err := originals(t, c).Prove(context.Background(), findHugo(t), t.TempDir(), convert)
	if err != nil {
		t.Fatal(err)
	}
	return r
}
