package migrate

import (
	"bytes"
	"slices"
	"sort"

	"github.com/hugofmt/hugofmt/embed"
	"github.com/hugofmt/hugofmt/internal/mdscan"
)

// A pass is one rule's run over a body. Most edits are kept aside and
// made at the end, so that the body's structure, read once, holds for the
// whole run; an edit that changes the structure itself (a Liquid code
// block becoming a fenced one) is made at once, and the structure read
// again. Findings are placed in the body as it was given.
type pass struct {
	rule      string
	reg       *embed.Registry
	src       []byte // the body as given
	separator string // the front matter's excerpt_separator, for the more rule

	text   []byte      // src with the structural edits made
	pieces []piece     // where the bytes of text come from in src, in order
	doc    *mdscan.Doc // text's structure; nil until asked for, and after a structural edit
	spans  map[int][]mdscan.Span
	chain  tagChain // the text's Liquid tags, as far as read

	edits []edit  // edits of text still to make, in order, none overlapping
	found []found // what the rule met, at offsets in src
}

// A piece is a run of text, from its offset to the next piece's, that
// was copied from src at offset src, or inserted at src when inserted is
// set.
type piece struct {
	at, src  int
	inserted bool
}

// A span is a stretch of the text, text[start:end].
type span struct{ start, end int }

// An edit replaces text[start:end] with repl.
type edit struct {
	start, end int
	repl       string
}

// A found is a finding placed at an offset in src, for result to place
// it by line and column.
type found struct {
	off int // in src
	f   Finding
}

func newPass(rule string, reg *embed.Registry, src []byte) *pass {
	return &pass{rule: rule, reg: reg, src: src, text: src, pieces: []piece{{}}}
}

// scan returns the structure of the text.
func (p *pass) scan() *mdscan.Doc {
	if p.doc == nil {
		p.doc = mdscan.Scan(p.text)
		clear(p.spans)
	}
	return p.doc
}

// origin returns the offset in src that the text offset off comes from.
func (p *pass) origin(off int) int {
	i := sort.Search(len(p.pieces), func(i int) bool { return p.pieces[i].at > off }) - 1
	pc := p.pieces[max(i, 0)]
	if pc.inserted {
		return pc.src
	}
	return min(pc.src+off-pc.at, len(p.src))
}

// replace records the edit of text[start:end] into repl, to be made at
// the end of the pass. It reports false, recording nothing, when the
// bytes are already being edited.
func (p *pass) replace(start, end int, repl string) bool {
	i, free := p.slot(start, end)
	if free {
		p.edits = slices.Insert(p.edits, i, edit{start, end, repl})
	}
	return free
}

// free reports whether no recorded edit touches text[start:end]: none
// overlaps it, and none starts where it starts.
func (p *pass) free(start, end int) bool {
	_, free := p.slot(start, end)
	return free
}

// slot returns where an edit of text[start:end] goes among the recorded
// ones, and whether it is free to go there.
func (p *pass) slot(start, end int) (int, bool) {
	i := sort.Search(len(p.edits), func(i int) bool { return p.edits[i].start >= start })
	overlaps := i > 0 && p.edits[i-1].end > start ||
		i < len(p.edits) && (p.edits[i].start < end || p.edits[i].start == start)
	return i, !overlaps
}

// each calls visit with the offset of each occurrence of marker in the
// text, in order; visit returns where the search goes on, at least past
// the occurrence.
func (p *pass) each(marker string, visit func(i int) (next int)) {
	for pos := 0; pos < len(p.text); {
		i := bytes.Index(p.text[pos:], []byte(marker))
		if i < 0 {
			return
		}
		pos = max(visit(pos+i), pos+i+1)
	}
}

// editedAt reports whether a recorded edit starts at off.
func (p *pass) editedAt(off int) bool {
	i := sort.Search(len(p.edits), func(i int) bool { return p.edits[i].start >= off })
	return i < len(p.edits) && p.edits[i].start == off
}

// convertNow reports the syntax at text offset off as converted to to,
// and makes the edits, which change the body's structure, to the text at
// once. It returns where the text offset next is after the edits: where
// the edit covering it starts, if one does. When an edit overlaps one
// recorded for the end of the pass, it changes nothing, reports the
// syntax as left, and returns false.
func (p *pass) convertNow(off int, syntax, to, note string, next int, edits ...edit) (int, bool) {
	for _, e := range edits {
		if !p.free(e.start, e.end) {
			p.left(off, syntax, "it overlaps another conversion")
			return next, false
		}
	}
	p.converted(off, syntax, to, note) // placed in the text as it was
	moved := next
	for _, e := range edits {
		if e.end <= next {
			moved += len(e.repl) - (e.end - e.start)
			continue
		}
		if e.start <= next {
			moved -= next - e.start
		}
		break
	}
	p.rewrite(edits)
	return moved, true
}

// rewrite makes the edits, in order, not overlapping each other nor the
// recorded ones, to the text.
func (p *pass) rewrite(edits []edit) {
	size := len(p.text)
	for _, e := range edits {
		size += len(e.repl) - (e.end - e.start)
	}
	text := make([]byte, 0, size)
	pieces := make([]piece, 0, len(p.pieces)+2*len(edits)+1)
	at := 0
	for _, e := range edits {
		text, pieces = p.keep(text, pieces, at, e.start)
		pieces = append(pieces, piece{at: len(text), src: p.origin(e.start), inserted: true})
		text = append(text, e.repl...)
		at = e.end
	}
	text, pieces = p.keep(text, pieces, at, len(p.text))
	p.shiftEdits(edits)
	if len(edits) > 0 {
		p.chain.cut(edits[0].start)
		if p.doc != nil {
			// Read again only around the edits (the structure before and
			// after them stays), not the whole text once per edit.
			first, last := edits[0], edits[len(edits)-1]
			p.doc = p.doc.Rescan(text, first.start, last.end, last.end+size-len(p.text))
			clear(p.spans)
		}
	}
	p.text, p.pieces = text, pieces
}

// shiftEdits moves the recorded edits past the structural edits made.
func (p *pass) shiftEdits(made []edit) {
	for i := range p.edits {
		d := &p.edits[i]
		shift := 0
		for _, e := range made {
			if e.end <= d.start {
				shift += len(e.repl) - (e.end - e.start)
			}
		}
		d.start += shift
		d.end += shift
	}
}

// keep appends p.text[from:to] to text, with the pieces it comes from.
func (p *pass) keep(text []byte, pieces []piece, from, to int) ([]byte, []piece) {
	if from >= to {
		return text, pieces
	}
	i := sort.Search(len(p.pieces), func(i int) bool { return p.pieces[i].at > from }) - 1
	for ; i < len(p.pieces) && p.pieces[i].at < to; i++ {
		pc := p.pieces[i]
		start := max(pc.at, from)
		src := pc.src
		if !pc.inserted {
			src += start - pc.at
		}
		pieces = append(pieces, piece{at: len(text) + start - from, src: src, inserted: pc.inserted})
	}
	return append(text, p.text[from:to]...), pieces
}

// converted records that the syntax at text offset off became to.
func (p *pass) converted(off int, syntax, to, note string) {
	p.found = append(p.found, found{p.origin(off), Finding{Rule: p.rule, Syntax: syntax, Converted: true, To: to, Reason: note}})
}

// left records that the syntax at text offset off was left as it is, and
// why.
func (p *pass) left(off int, syntax, why string) {
	p.found = append(p.found, found{p.origin(off), Finding{Rule: p.rule, Syntax: syntax, Reason: why}})
}

// result makes the recorded edits and returns the new body, src itself
// when nothing changed, and the findings in order, placed in src.
func (p *pass) result() ([]byte, []Finding) {
	out := p.text
	if len(p.edits) > 0 {
		var b bytes.Buffer
		b.Grow(len(p.text) + 64*len(p.edits))
		at := 0
		for _, e := range p.edits {
			b.Write(p.text[at:e.start])
			b.WriteString(e.repl)
			at = e.end
		}
		b.Write(p.text[at:])
		out = b.Bytes()
	}
	if bytes.Equal(out, p.src) {
		out = p.src
	}
	slices.SortStableFunc(p.found, func(a, b found) int { return a.off - b.off })
	findings := make([]Finding, len(p.found))
	line, lineStart, at := 1, 0, 0
	for i, fd := range p.found {
		for ; at < fd.off; at++ {
			if p.src[at] == '\n' {
				line, lineStart = line+1, at+1
			}
		}
		f := fd.f
		f.Line, f.Col = line, fd.off-lineStart+1
		findings[i] = f
	}
	return out, findings
}
