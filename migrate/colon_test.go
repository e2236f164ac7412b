package migrate

import (
	"testing"
)

// closingWalk is how closing was found before colonEnds: a walk from the
// opening line to the first line of enough colons alone in the same
// container, stopped by a line taken as the end of another. colonEnds
// must answer the same.
func closingWalk(p *pass, open, colons int, closes map[int]bool) int {
	doc := p.scan()
	lines, blocks := doc.Lines(), doc.Blocks()
	parent := blocks[lines[open].Block].Parent
	for j := open + 1; j < len(lines); j++ {
		if closes[j] {
			return -1
		}
		b := lines[j].Block
		if b < 0 || blocks[b].Parent != parent {
			continue
		}
		l := p.line(lines[j].Start)
		if at, n, rest, ok := p.colonLine(l); ok && rest == "" && n >= colons && p.zone(at, l.end) == inText {
			return j
		}
	}
	return -1
}

func FuzzColonEnds(f *testing.F) {
	for _, s := range []string{
		":::message\ntext\n:::\n",
		"::::details a\n:::message\nx\n:::\n::::\n",
		":::message\n:::note\n:::\n:::\n",
		"> :::message\n> a\n:::\n> :::\n",
		"- :::message\n  a\n  :::\n:::\n",
		"```\n:::\n```\n:::message\n:::\n",
		":::message\n\n    :::\n:::\n:::details x\n",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		p := newPass("test", nil, []byte(s))
		doc := p.scan()
		ends := p.closers()
		closes := map[int]bool{}
		for i, ln := range doc.Lines() {
			if closes[i] != ends.taken(i) {
				t.Fatalf("line %d: taken %v, want %v", i, ends.taken(i), closes[i])
			}
			if ln.Block < 0 || closes[i] {
				continue
			}
			l := p.line(ln.Start)
			_, colons, rest, ok := p.colonLine(l)
			if !ok || rest == "" {
				continue
			}
			want := closingWalk(p, i, colons, closes)
			if got := ends.closing(i, colons); got != want {
				t.Fatalf("%q: the container opened on line %d closes on line %d, want %d", s, i, got, want)
			}
			if want >= 0 {
				closes[want] = true
				ends.take(want)
			}
		}
	})
}
