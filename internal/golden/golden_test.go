package golden

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// upper is the transform of the harness's own cases.
func upper(c *Case, in []byte) (Result, error) {
	if c.Option("mode", "") == "reject" {
		return Result{}, errors.New("1:1: rejected")
	}
	return Result{
		Out:    bytes.ToUpper(in),
		Report: fmt.Sprintf("%d lines", bytes.Count(in, []byte("\n"))),
	}, nil
}

func TestRun(t *testing.T) {
	Run(t, "testdata", upper)
}

// recorder collects what check reports instead of failing the test.
type recorder struct{ msgs []string }

func (r *recorder) Helper() {}
func (r *recorder) Errorf(format string, args ...any) {
	r.msgs = append(r.msgs, fmt.Sprintf(format, args...))
}

func load(t *testing.T, name string) *Case {
	t.Helper()
	c, err := Load(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func TestWrongExpectationPrintsDiff(t *testing.T) {
	c := load(t, "upper.txtar")
	lower := func(c *Case, in []byte) (Result, error) {
		return Result{Out: bytes.ToLower(in), Report: "2 lines"}, nil
	}
	var r recorder
	c.check(&r, lower)
	if len(r.msgs) == 0 {
		t.Fatal("a wrong output passed")
	}
	msg := r.msgs[0]
	for _, want := range []string{"output differs from want.md", "--- want.md", "+++ got", "-HELLO", "+hello"} {
		if !strings.Contains(msg, want) {
			t.Errorf("failure message lacks %q:\n%s", want, msg)
		}
	}
}

func TestWrongReportFails(t *testing.T) {
	c := load(t, "upper.txtar")
	var r recorder
	c.check(&r, func(c *Case, in []byte) (Result, error) {
		res, err := upper(c, in)
		res.Report = "3 lines"
		return res, err
	})
	if len(r.msgs) != 1 || !strings.Contains(r.msgs[0], "-2 lines") || !strings.Contains(r.msgs[0], "+3 lines") {
		t.Errorf("messages = %q, want one report diff", r.msgs)
	}
}

func TestNonIdempotentTransformFails(t *testing.T) {
	// Right on the input, but it changes its own output again.
	c := load(t, "upper.txtar")
	bang := func(c *Case, in []byte) (Result, error) {
		out := bytes.ToUpper(in)
		if bytes.Equal(out, in) {
			out = append(out, "!\n"...)
		}
		return Result{Out: out, Report: "2 lines"}, nil
	}
	var r recorder
	c.check(&r, bang)
	if len(r.msgs) != 1 || !strings.Contains(r.msgs[0], "not idempotent") || !strings.Contains(r.msgs[0], "+!") {
		t.Errorf("messages = %q, want one idempotence failure with a diff", r.msgs)
	}
}

func TestExpectedErrorMustMatch(t *testing.T) {
	c := load(t, "fails.txtar")
	var r recorder
	c.check(&r, func(c *Case, in []byte) (Result, error) { return Result{Out: in}, nil })
	if len(r.msgs) != 1 || !strings.Contains(r.msgs[0], `want error "1:1: rejected"`) {
		t.Errorf("messages = %q, want a missing-error failure", r.msgs)
	}
	r = recorder{}
	c.check(&r, func(c *Case, in []byte) (Result, error) { return Result{}, errors.New("other") })
	if len(r.msgs) != 1 {
		t.Errorf("messages = %q, want a wrong-error failure", r.msgs)
	}
}

func TestUpdateRewritesOnlyExpectations(t *testing.T) {
	dir := t.TempDir()
	orig := "Comment line.\nmode: upper\n-- in.md --\nabc\n-- notes --\nkept\n-- want.md --\nstale\n-- report --\nstale\n"
	path := filepath.Join(dir, "c.txtar")
	if err := os.WriteFile(path, []byte(orig), 0o644); err != nil {
		t.Fatal(err)
	}
	c, err := Load(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := c.update(upper); err != nil {
		t.Fatal(err)
	}
	got, _ := os.ReadFile(path)
	want := "Comment line.\nmode: upper\n-- in.md --\nabc\n-- notes --\nkept\n-- want.md --\nABC\n-- report --\n1 lines\n"
	if string(got) != want {
		t.Errorf("updated archive:\n%s\nwant:\n%s", got, want)
	}
}

func TestLoadRejectsIncompleteCases(t *testing.T) {
	dir := t.TempDir()
	for name, body := range map[string]string{
		"noin.txtar":   "-- want.md --\nx\n",
		"nowant.txtar": "-- in.md --\nx\n",
	} {
		path := filepath.Join(dir, name)
		os.WriteFile(path, []byte(body), 0o644)
		if _, err := Load(path); err == nil {
			t.Errorf("Load(%s) succeeded, want an error", name)
		}
	}
}

func TestOptions(t *testing.T) {
	got := parseOptions([]byte("Describes the case: not an option? It is one.\nrules: hugo,embeds\n  indented: no\nto:toml\n"))
	want := map[string]string{"rules": "hugo,embeds", "to": "toml"}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("parseOptions = %v, want %v", got, want)
	}
}
