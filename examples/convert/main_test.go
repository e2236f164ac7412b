package main

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/rogpeppe/go-internal/testscript"
)

// TestMain lets the test binary run as the convert command, for the
// scripts and for the tests that start it as a process of its own.
func TestMain(m *testing.M) {
	testscript.Main(m, map[string]func(){"convert": main})
}

// TestScripts runs the command-line tests in testdata/script. Each script
// starts with a copy of the sample site in $WORK/site.
func TestScripts(t *testing.T) {
	testscript.Run(t, testscript.Params{
		Dir:                 "testdata/script",
		RequireExplicitExec: true,
		Setup: func(env *testscript.Env) error {
			return os.CopyFS(filepath.Join(env.WorkDir, "site"), os.DirFS("../../testdata/site"))
		},
		Condition: func(cond string) (bool, error) {
			switch cond {
			case "root":
				return os.Geteuid() == 0, nil
			case "chattr":
				return canChattr(), nil
			}
			return false, fmt.Errorf("unknown condition %q", cond)
		},
		Cmds: map[string]func(ts *testscript.TestScript, neg bool, args []string){
			"exits":     cmdExits,
			"write":     cmdWrite,
			"bigfile":   cmdBigfile,
			"immutable": cmdImmutable,
		},
	})
}

// exits N command [args...]: run command, which must exit with status N.
func cmdExits(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) < 2 {
		ts.Fatalf("usage: exits status command [args...]")
	}
	want, err := strconv.Atoi(args[0])
	ts.Check(err)
	err = ts.Exec(args[1], args[2:]...)
	got := 0
	var ee *exec.ExitError
	switch {
	case errors.As(err, &ee):
		got = ee.ExitCode()
	case err != nil:
		ts.Fatalf("%v", err)
	}
	if got != want {
		ts.Fatalf("exit status %d, want %d", got, want)
	}
}

// write file 'go string': write the bytes of a Go string literal (without
// its quotes) to file, for inputs txtar cannot hold: NUL bytes, invalid
// UTF-8, a missing final newline.
func cmdWrite(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 2 {
		ts.Fatalf("usage: write file 'go string'")
	}
	s, err := strconv.Unquote(`"` + args[1] + `"`)
	ts.Check(err)
	ts.Check(os.WriteFile(ts.MkAbs(args[0]), []byte(s), 0o644))
}

// bigfile file MB: write a Markdown file of about MB megabytes.
func cmdBigfile(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 2 {
		ts.Fatalf("usage: bigfile file megabytes")
	}
	mb, err := strconv.Atoi(args[1])
	ts.Check(err)
	para := []byte("---\ntitle: big\n---\n" + strings.Repeat("A paragraph of a post that goes on and on. ", 23) + "\n\n")
	ts.Check(os.WriteFile(ts.MkAbs(args[0]), bytes.Repeat(para, mb<<20/len(para)+1), 0o644))
}

// immutable dir: make dir immutable (chattr +i), so that not even root
// can create a file in it, and undo it when the script ends. Guard it with
// the chattr condition.
func cmdImmutable(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 1 {
		ts.Fatalf("usage: immutable dir")
	}
	dir := ts.MkAbs(args[0])
	if out, err := exec.Command("chattr", "+i", dir).CombinedOutput(); err != nil {
		ts.Fatalf("chattr +i %s: %v %s", dir, err, out)
	}
	ts.Defer(func() { exec.Command("chattr", "-i", dir).Run() })
}

// canChattr reports whether chattr +i works on a new directory here: it
// needs the chattr command, a file system that has the attribute and the
// permission to set it.
func canChattr() bool {
	dir, err := os.MkdirTemp("", "chattr")
	if err != nil {
		return false
	}
	defer os.Remove(dir)
	if exec.Command("chattr", "+i", dir).Run() != nil {
		return false
	}
	return exec.Command("chattr", "-i", dir).Run() == nil
}
