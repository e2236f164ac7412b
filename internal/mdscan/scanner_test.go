package mdscan

import (
	"fmt"
	"maps"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/hugofmt/hugofmt/internal/testgen"
)

// TestScannerReuses scans bodies of every size one after another with one
// Scanner, asking At about each paragraph before the next scan, and holds
// every Doc it returns to the one a fresh Scan returns: nothing of the
// last body may remain in the reused memory.
func TestScannerReuses(t *testing.T) {
	t.Run("generated", func(t *testing.T) { checkScannerReuses(t, generatedBodies()) })
	t.Run("corpus", func(t *testing.T) {
		bodies := corpusBodies(t)
		var all [][]byte
		for _, name := range slices.Sorted(maps.Keys(bodies)) {
			all = append(all, bodies[name])
		}
		checkScannerReuses(t, all)
	})
}

// generatedBodies returns small bodies of every structure, and 200
// generated posts.
func generatedBodies() [][]byte {
	bodies := [][]byte{
		[]byte("- a\n  - b\n    - c\n\n> q\n> > r\n\n```\ncode\n```\n"),
		[]byte("text {{< x >}}\n\n{{% y %}}\n**md**\n{{% /y %}}\n"),
		[]byte("{{< broken \n\nrest\n"),
		nil,
		[]byte("one line, no newline"),
	}
	g := testgen.New(testgen.Config{Seed: 5})
	for i := range 200 {
		post, _ := g.Post(nil, i)
		bodies = append(bodies, post)
	}
	return bodies
}

func checkScannerReuses(t *testing.T, bodies [][]byte) {
	var s Scanner
	for i := range 2 { // forwards, then backwards: large after small and the other way
		for j := range bodies {
			if i == 1 {
				j = len(bodies) - 1 - j
			}
			body := bodies[j]
			got, want := s.Scan(body), Scan(body)
			if diff := cmp.Diff(docFields(want), docFields(got), cmpopts.EquateEmpty()); diff != "" {
				t.Fatalf("body %d (%q…): reused Scanner differs from Scan (-want +got):\n%s", j, head(body), diff)
			}
			for b, blk := range got.Blocks() {
				if blk.Kind != Paragraph {
					continue
				}
				off := got.Lines()[blk.First].Content
				if g, w := got.At(off), want.At(off); g != w {
					t.Fatalf("body %d, block %d: At(%d) = %v, want %v", j, b, off, g, w)
				}
			}
		}
	}
}

// docFields returns what a Doc holds, to compare.
func docFields(d *Doc) map[string]any {
	fresh := make([]bool, len(d.lines))
	for l := range fresh {
		fresh[l] = d.isFresh(l)
	}
	return map[string]any{
		"src": string(d.src), "view": string(d.view), "lines": d.lines, "blocks": d.blocks,
		"shortcodes": d.shortcodes, "top": d.top, "err": fmt.Sprint(d.err), "fresh": fresh,
		"freshWords": len(d.fresh), "nextID": d.nextID, "spans": len(d.spans),
	}
}

func head(b []byte) string { return string(b[:min(len(b), 40)]) }
