package mdscan

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/hugofmt/hugofmt/internal/testgen"
)

// rescanEdits are texts the edits of the tests insert: what migrate's
// edits write (fences), and what changes how the rest reads.
var rescanEdits = []string{"", "\n", "\n\n", "```go\n", "```\n", "~~~\n", "    indented\n", "<div>\n", "</div>\n",
	"<pre>\n", "</pre>\n", "<!--\n", "-->\n", "- item\n", "1. item\n", "> quote\n", "# heading\n", "---\n",
	"text\n", "| a | b |\n|---|---|\n", "[ref]: /x\n", ": definition\n", "[^1]: note\n", "- \n\n", "    \n"}

// sameDoc reports how got, from Rescan, differs from want, from Scan, or
// "": lines, blocks (container ids matched by order of appearance), and
// fresh lines.
func sameDoc(got, want *Doc) string {
	if len(got.lines) != len(want.lines) || len(got.blocks) != len(want.blocks) {
		return fmt.Sprintf("%d lines, %d blocks; want %d, %d", len(got.lines), len(got.blocks), len(want.lines), len(want.blocks))
	}
	for i := range want.lines {
		if got.lines[i] != want.lines[i] {
			return fmt.Sprintf("line %d: %+v, want %+v", i, got.lines[i], want.lines[i])
		}
		if got.isFresh(i) != want.isFresh(i) {
			return fmt.Sprintf("line %d: fresh %v, want %v", i, got.isFresh(i), want.isFresh(i))
		}
	}
	gotIDs, wantIDs := map[int]int{0: 0}, map[int]int{0: 0}
	for i := range want.blocks {
		g, w := got.blocks[i], want.blocks[i]
		if _, ok := gotIDs[g.Parent]; !ok {
			gotIDs[g.Parent] = len(gotIDs)
		}
		if _, ok := wantIDs[w.Parent]; !ok {
			wantIDs[w.Parent] = len(wantIDs)
		}
		g.Parent, w.Parent = gotIDs[g.Parent], wantIDs[w.Parent]
		if g != w {
			return fmt.Sprintf("block %d: %+v, want %+v", i, got.blocks[i], want.blocks[i])
		}
	}
	if !slices.Equal(got.view, want.view) || len(got.shortcodes) != len(want.shortcodes) {
		return "shortcodes differ"
	}
	return ""
}

// checkRescan edits body at [start, end) with repl, then compares Rescan
// with Scan, and again after a second edit of the result.
func checkRescan(t *testing.T, name string, body []byte, start, end int, repl string) {
	t.Helper()
	d := Scan(body)
	edited := slices.Concat(body[:start], []byte(repl), body[end:])
	got := d.Rescan(edited, start, end, start+len(repl))
	if diff := sameDoc(got, Scan(edited)); diff != "" {
		t.Fatalf("%s: replacing [%d:%d] %q with %q: %s", name, start, end, body[start:end], repl, diff)
	}
	// A second edit, after the first: what migrate makes of a body.
	if len(edited) > 0 {
		at := min(start+len(repl)+7, len(edited))
		again := slices.Concat(edited[:at], []byte("```\n"), edited[at:])
		if diff := sameDoc(got.Rescan(again, at, at, at+4), Scan(again)); diff != "" {
			t.Fatalf("%s: after replacing [%d:%d] %q with %q, inserting a fence at %d: %s", name, start, end, body[start:end], repl, at, diff)
		}
	}
}

// lineStarts returns the offsets where body's lines start.
func lineStarts(body []byte) []int {
	starts := []int{0}
	for i, c := range body {
		if c == '\n' && i+1 < len(body) {
			starts = append(starts, i+1)
		}
	}
	return starts
}

// TestRescanAgreesWithScan edits the corpus's bodies and generated posts
// at random lines, with the texts that change how Markdown reads what
// follows, and holds Rescan to a full Scan of the result.
func TestRescanAgreesWithScan(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	bodies := corpusBodies(t)
	g := testgen.New(testgen.Config{Seed: 3})
	for i := range 300 {
		post, _ := g.Post(nil, i)
		bodies[fmt.Sprint("generated/", i)] = post
	}
	edits := 0
	for name, body := range bodies {
		if len(body) == 0 {
			continue
		}
		starts := lineStarts(body)
		for range 4 {
			a := starts[r.IntN(len(starts))]
			b := a
			if r.IntN(2) == 0 { // replace whole lines, or insert
				b = starts[min(slices.Index(starts, a)+1+r.IntN(3), len(starts)-1)]
			}
			if r.IntN(4) == 0 { // or cut in a line
				a = min(a+r.IntN(5), len(body))
				b = max(a, min(b+r.IntN(5), len(body)))
			}
			checkRescan(t, name, body, a, b, rescanEdits[r.IntN(len(rescanEdits))])
			edits++
		}
	}
	t.Logf("%d bodies, %d edits", len(bodies), edits)
}

func FuzzRescan(f *testing.F) {
	f.Add("a\n\n```\ncode\n\nb\n", 3, 3, 4)
	f.Add("- a\n\n  b\n\nc\n\n<div>\n\nd\n", 5, 9, 7)
	f.Add("> q\n\ntext\n---\n\n# h\n", 0, 4, 16)
	f.Add("para\n\n    code\n\n    more\nx\n", 6, 6, 2)
	f.Fuzz(func(t *testing.T, body string, start, end, edit int) {
		if len(body) == 0 {
			return
		}
		start = int(uint(start) % uint(len(body)+1))
		end = start + int(uint(end)%uint(len(body)-start+1))
		checkRescan(t, "fuzz", []byte(body), start, end, rescanEdits[int(uint(edit)%uint(len(rescanEdits)))])
	})
}
