package convert

import (
	"bytes"
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/hugofmt/hugofmt/frontmatter"
)

// upper is a test transformer: it upper-cases the body and notes it.
var upper = Func(func(d *frontmatter.Document, rep *Report) error {
	rep.Changes = append(rep.Changes, Change{Rule: "upper", Line: 1, Col: 1, Msg: "upper-cased"})
	d.SetBody(bytes.ToUpper(d.Body()))
	return nil
})

// fail is a test transformer that always fails.
var fail = Func(func(d *frontmatter.Document, rep *Report) error {
	return &frontmatter.Error{Line: 2, Col: 3, Msg: "no good"}
})

func TestBytesUnchangedIsSameSlice(t *testing.T) {
	// Every source here is upper case, so that no transformer changes it.
	for _, src := range []string{"", "BODY\n", "\ufeff---\r\nTITLE: X\r\n---\r\nBODY", "NO FINAL NEWLINE"} {
		for _, tr := range []Transformer{nil, Chain(), upper} {
			in := []byte(src)
			out, rep, err := Bytes(tr, in)
			if err != nil {
				t.Fatalf("Bytes(%q): %v", src, err)
			}
			if len(out) != len(in) || len(in) > 0 && &out[0] != &in[0] {
				t.Errorf("Bytes(%q) returned %q, want the source slice itself", src, out)
			}
			if rep.Changed {
				t.Errorf("Bytes(%q): report says changed", src)
			}
		}
	}
}

func TestBytesChanged(t *testing.T) {
	src := []byte("---\r\ntitle: x\r\n---\r\nbody\r\n")
	out, rep, err := Bytes(upper, src)
	if err != nil {
		t.Fatal(err)
	}
	if want := "---\r\ntitle: x\r\n---\r\nBODY\r\n"; string(out) != want {
		t.Errorf("got %q, want %q", out, want)
	}
	if !rep.Changed || len(rep.Changes) != 1 {
		t.Errorf("report %+v, want changed with one change", rep)
	}
	if string(src) != "---\r\ntitle: x\r\n---\r\nbody\r\n" {
		t.Errorf("Bytes modified its input: %q", src)
	}
}

func TestChain(t *testing.T) {
	var calls []string
	note := func(name string) Transformer {
		return Func(func(d *frontmatter.Document, rep *Report) error {
			calls = append(calls, name)
			return nil
		})
	}
	tr := Chain(note("a"), Chain(note("b"), note("c")), Chain(), note("d"))
	if _, _, err := Bytes(tr, []byte("x")); err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(calls, ""); got != "abcd" {
		t.Errorf("chain ran %q, want abcd", got)
	}
	if n := len(tr.(chain)); n != 4 {
		t.Errorf("nested chains not flattened: %d transformers, want 4", n)
	}

	calls = nil
	_, _, err := Bytes(Chain(note("a"), fail, note("b")), []byte("x"))
	if err == nil || calls[0] != "a" || len(calls) != 1 {
		t.Errorf("chain after an error: calls %q, err %v; want [a] and an error", calls, err)
	}
}

func TestBytesErrors(t *testing.T) {
	tests := []struct {
		name, src, err string
	}{
		{"unclosed front matter", "---\ntitle: x\n", "1:1: YAML front matter opened here is never closed"},
		{"binary", "---\n---\nab\x00c", "3:3: binary file: NUL byte"},
		{"latin-1", "---\ntitle: caf\xe9\n---\n", "2:11: invalid UTF-8 (byte 0xe9): Hugo and hugofmt read UTF-8 only"},
		{"utf-16", "\xff\xfe-\x00-\x00-\x00", "1:1: UTF-16 text: Hugo and hugofmt read UTF-8 only"},
		{"transformer", "x", "2:3: no good"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, rep, err := Bytes(fail, []byte(tt.src))
			var fe *frontmatter.Error
			if !errors.As(err, &fe) || !strings.HasPrefix(err.Error(), tt.err) {
				t.Fatalf("error %v (%T), want a *frontmatter.Error starting %q", err, err, tt.err)
			}
			if out != nil || rep == nil {
				t.Errorf("on error got out %q, report %v; want nil and a report", out, rep)
			}
		})
	}
}

func TestBytesSplitWarnings(t *testing.T) {
	_, rep, err := Bytes(nil, []byte("---\ntitle: x\n---more\nbody\n"))
	if err != nil {
		t.Fatal(err)
	}
	if len(rep.Warnings) != 1 || rep.Warnings[0].Source != "frontmatter" || rep.Warnings[0].Line != 3 {
		t.Errorf("warnings %+v, want one frontmatter warning on line 3", rep.Warnings)
	}
}

// TestPositionsInTheFileAsRead checks that every position a report gives
// points into the file as it was read, even when a transform before the
// one reporting changed the body: here a Jekyll {% raw %} block loses two
// lines before the Zenn block and the iframe that the later transforms
// report.
func TestPositionsInTheFileAsRead(t *testing.T) {
	src := "---\ntitle: x\n---\n{% raw %}\n{{ x }}\n{% endraw %}\n\n:::message\nRead me.\n:::\n\nSee <iframe src=\"https://example.com/x\"></iframe>\n"
	at := func(s string) (line, col int) {
		i := strings.Index(src, s)
		return 1 + strings.Count(src[:i], "\n"), i - strings.LastIndex(src[:i], "\n")
	}
	tr, err := New(Options{Rules: "jekyll,zenn,embeds"})
	if err != nil {
		t.Fatal(err)
	}
	out, rep, err := Bytes(tr, []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(string(out), "{% raw %}") || strings.Contains(string(out), ":::message") {
		t.Fatalf("the migrate rules did not convert:\n%s", out)
	}
	var got []string
	for _, c := range rep.Changes {
		got = append(got, fmt.Sprintf("%d:%d %s", c.Line, c.Col, c.Rule))
	}
	for _, e := range rep.Embeds {
		got = append(got, fmt.Sprintf("%d:%d embed", e.Line, e.Col))
	}
	var want []string
	for _, w := range []struct{ at, what string }{{"{% raw %}", "jekyll-tags"}, {":::message", "zenn-syntax"}, {"<iframe", "embed"}} {
		line, col := at(w.at)
		want = append(want, fmt.Sprintf("%d:%d %s", line, col, w.what))
	}
	if !slices.Equal(got, want) {
		t.Errorf("reported at\n%q\nwant\n%q", got, want)
	}
}
