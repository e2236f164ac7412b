package mdscan

import (
	"bytes"
	"sort"
)

// Rescan returns the structure of body, which is d's source with the bytes
// from start to oldEnd replaced by body[start:newEnd]: the Doc Scan(body)
// returns, read again only around the edit where it can be.
//
// Markdown reads a line as what comes before it has left the parser: a
// line that starts a block at the top level with nothing open before it
// (a "fresh" line, as Scan notes them) reads the same whatever came
// before. So Rescan keeps the lines before the last fresh line ahead of
// the edit, reads from there on to the first line after the edit that is
// fresh both in d and in the new body, and keeps d's lines from there,
// moved. A body with shortcodes, whose pairing an edit may change, is
// read whole, as is one where no such lines are found.
func (d *Doc) Rescan(body []byte, start, oldEnd, newEnd int) *Doc {
	delta := newEnd - oldEnd
	if len(d.shortcodes) > 0 || d.err != nil || len(d.lines) == 0 || len(body) > MaxBody ||
		start < 0 || start > oldEnd || oldEnd > len(d.src) || newEnd < start || newEnd > len(body) || len(body) != len(d.src)+delta ||
		bytes.Contains(body[max(start-2, 0):min(newEnd+2, len(body))], []byte("{{")) {
		return Scan(body)
	}
	// The window to read again: from line s, fresh and untouched (or the
	// first line), to line w, fresh and after the edit.
	s := d.LineAt(min(start, len(d.src)-1))
	for s > 0 && !(d.isFresh(s) && d.lines[s].End <= start) {
		s--
	}
	from := d.lines[s].Start
	for w := s + 1; ; w++ {
		for w < len(d.lines) && !(d.isFresh(w) && d.lines[w].Start >= oldEnd) {
			w++
		}
		if w == len(d.lines) {
			return d.stitch(body, s, len(d.lines), Scan(body[from:]), delta)
		}
		win := Scan(body[from : d.lines[w].End+delta])
		if last := len(win.lines) - 1; win.isFresh(last) && win.lines[last].Start == d.lines[w].Start+delta-from {
			win.lines, win.blocks = win.lines[:last], win.blocks[:win.blocksBefore(last)]
			return d.stitch(body, s, w, win, delta)
		}
	}
}

// blocksBefore returns the number of blocks that start before line l.
func (d *Doc) blocksBefore(l int) int {
	return sort.Search(len(d.blocks), func(i int) bool { return d.blocks[i].First >= l })
}

// isFresh reports whether line l is fresh (see Rescan).
func (d *Doc) isFresh(l int) bool {
	return l >= 0 && l/64 < len(d.fresh) && d.fresh[l/64]&(1<<(l%64)) != 0
}

// stitch returns the Doc of body made of d's lines before line s, win's
// lines (read from d's line s on), and d's lines from line w on, moved by
// delta bytes.
func (d *Doc) stitch(body []byte, s, w int, win *Doc, delta int) *Doc {
	from := d.lines[s].Start
	n := s + len(win.lines) + len(d.lines) - w
	nd := &Doc{src: body, view: body, lines: make([]Line, 0, n), fresh: make([]uint64, (n+63)/64)}
	// d's blocks before line s; then win's, with the ids of its
	// containers after d's; then d's blocks from line w on.
	before, after := d.blocksBefore(s), d.blocksBefore(w)
	nd.blocks = make([]Block, 0, before+len(win.blocks)+len(d.blocks)-after)
	nd.blocks = append(nd.blocks, d.blocks[:before]...)
	for _, b := range win.blocks {
		b.First, b.Last = b.First+s, b.Last+s
		if b.Parent != 0 {
			b.Parent += d.nextID
		}
		nd.blocks = append(nd.blocks, b)
	}
	lineShift, blockShift := s+len(win.lines)-w, before+len(win.blocks)-after
	for _, b := range d.blocks[after:] {
		b.First, b.Last = b.First+lineShift, b.Last+lineShift
		nd.blocks = append(nd.blocks, b)
	}
	nd.lines = append(nd.lines, d.lines[:s]...)
	for _, l := range win.lines {
		l.Start, l.Content, l.End = l.Start+from, l.Content+from, l.End+from
		if l.Block >= 0 {
			l.Block += before
		}
		nd.lines = append(nd.lines, l)
	}
	for _, l := range d.lines[w:] {
		l.Start, l.Content, l.End = l.Start+delta, l.Content+delta, l.End+delta
		if l.Block >= 0 {
			l.Block += blockShift
		}
		nd.lines = append(nd.lines, l)
	}
	for l := range nd.lines {
		fresh := false
		switch {
		case l < s:
			fresh = d.isFresh(l)
		case l < s+len(win.lines):
			fresh = win.isFresh(l - s)
		default:
			fresh = d.isFresh(l - lineShift)
		}
		if fresh {
			nd.fresh[l/64] |= 1 << (l % 64)
		}
	}
	nd.nextID = d.nextID + win.nextID
	return nd
}
