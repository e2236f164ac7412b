package embed

// Reading the HTML of a body: its HTML blocks tokenized, their elements
// walked, the elements that follow one taken as its companions.

import (
	"bytes"

	"github.com/hugofmt/hugofmt/internal/mdscan"
)

// htmlBlock hands the candidate elements of HTML block b, at any depth, to
// the providers.
func (rw *rewriter) htmlBlock(b int) error {
	els, end := rw.tokenize(b)
	if err := rw.visit(els, b); err != nil {
		return err
	}
	rw.done = max(rw.done, end)
	return nil
}

// visit walks the elements sibs and their descendants in order.
func (rw *rewriter) visit(sibs []*Element, b int) error {
	var after siblings
	for i, el := range sibs {
		if el.start < rw.done {
			continue
		}
		if rw.reg.looksAt(el.Tag) {
			if after.els == nil {
				after = rw.siblings(sibs, b)
			}
			handled, err := rw.element(el, after.next(i), false)
			if err != nil {
				return err
			}
			if handled {
				continue
			}
		}
		if err := rw.visit(el.Children, b); err != nil {
			return err
		}
	}
	return nil
}

// siblings is a list of sibling elements, each with the elements that
// follow it with nothing but white space between (Embed.Next).
type siblings struct {
	els  []*Element
	ends []int // els[i+1:ends[i]] follow els[i]
}

// next returns the elements that follow the i-th sibling.
func (s siblings) next(i int) []*Element { return s.els[i+1 : s.ends[i] : s.ends[i]] }

// siblings returns sibs, elements of HTML block b, with what follows each.
// For the top-level elements of the block, what follows goes on into the
// HTML blocks that come after block b past blank lines.
func (rw *rewriter) siblings(sibs []*Element, b int) siblings {
	els := sibs
	if sibs[0].Parent == nil {
		if more := rw.blocksAfter(b, sibs[len(sibs)-1]); len(more) > 0 {
			els = append(sibs[:len(sibs):len(sibs)], more...)
		}
	}
	return siblings{els, runEnds(els, func(el, s *Element) bool { return rw.onlySpace(el.end, s.start) })}
}

// blocksAfter returns the elements of the HTML blocks after block b (past
// blank lines, in the same container) that follow last, the last
// top-level element of b, with nothing but white space between.
func (rw *rewriter) blocksAfter(b int, last *Element) []*Element {
	var more []*Element
	blocks := rw.doc.Blocks()
	// The block holding last: a block after b when an element was read
	// on past b's end.
	lb := max(b, rw.doc.BlockAt(last.end-1))
	for nb := lb + 1; nb < len(blocks) && nb <= lb+2; nb++ {
		blk := blocks[nb]
		if blk.Kind != mdscan.HTMLBlock || blk.Parent != blocks[b].Parent {
			return more
		}
		els, _ := rw.tokenize(nb)
		for _, s := range els {
			if !rw.onlySpace(last.end, s.start) {
				return more
			}
			more, last = append(more, s), s
		}
	}
	return more
}

// runEnds returns, for each of els, where the run of elements after it
// that goesWith joins to it ends: els[i+1:ends[i]] go with els[i].
func runEnds(els []*Element, goesWith func(el, next *Element) bool) []int {
	ends := make([]int, len(els))
	for i := len(els) - 1; i >= 0; i-- {
		ends[i] = i + 1
		if i+1 < len(els) && goesWith(els[i], els[i+1]) {
			ends[i] = ends[i+1]
		}
	}
	return ends
}

// tokenizeAhead tokenizes the HTML blocks holding candidates, all with one
// tokenizer.
func (rw *rewriter) tokenizeAhead(cands []int) {
	s := rw.scratch
	blocks, frags, starts := s.blocks[:0], s.frags[:0], s.starts[:0]
	defer func() { s.blocks, s.frags, s.starts = blocks, frags, starts }()
	lines := rw.doc.Lines()
	for _, p := range cands {
		b := rw.doc.BlockAt(p)
		if b < 0 || len(blocks) > 0 && blocks[len(blocks)-1] == b {
			continue
		}
		blk := rw.doc.Blocks()[b]
		if blk.Kind != mdscan.HTMLBlock {
			continue
		}
		if _, in := rw.doc.ShortcodeAt(p); in {
			continue
		}
		frag, start := rw.fragment(blk.First, blk.Last, lines[blk.First].Content)
		if indexFold(frag, "<plaintext") >= 0 { // swallows all that follows
			continue
		}
		blocks, frags, starts = append(blocks, b), append(frags, frag), append(starts, start)
	}
	if len(frags) == 0 {
		return
	}
	if s.parsed == nil {
		s.parsed = make(map[int][]*Element, len(blocks))
	}
	rw.parsed = s.parsed
	for i, els := range parseFragments(frags, &s.buf) {
		shift(els, starts[i])
		rw.parsed[blocks[i]] = els
	}
}

// tokenize returns the elements of HTML block b, with body offsets, and
// where the block ends. An element the block leaves open (a tweet with a
// blank line inside) is read on through the HTML blocks and paragraphs
// that follow in the same container, until its end tag.
func (rw *rewriter) tokenize(b int) ([]*Element, int) {
	blocks, lines := rw.doc.Blocks(), rw.doc.Lines()
	first, last := blocks[b].First, blocks[b].Last
	els, ok := rw.parsed[b]
	for {
		if !ok {
			frag, start := rw.fragment(first, last, lines[first].Content)
			els = parseElements(frag)
			shift(els, start)
		}
		ok = false
		end := lines[last].End
		open := len(els) > 0 && !els[len(els)-1].complete && rw.reg.looksAt(els[len(els)-1].Tag)
		if !open || last-first > maxExtension || !rw.canExtend(b, &last) {
			return els, end
		}
	}
}

// maxExtension bounds, in lines, how far tokenize reads on.
const maxExtension = 200

// canExtend moves *last to the end of the block after the one ending on
// line *last, when that block may hold the rest of an element left open:
// an HTML block or a paragraph in the same container as block b, after
// blank lines only, at most 20 lines on.
func (rw *rewriter) canExtend(b int, last *int) bool {
	blocks, lines := rw.doc.Blocks(), rw.doc.Lines()
	for l := *last + 1; l < len(lines) && l <= *last+20; l++ {
		nb := lines[l].Block
		if nb < 0 {
			continue
		}
		blk := blocks[nb]
		if blk.Parent != blocks[b].Parent || (blk.Kind != mdscan.HTMLBlock && blk.Kind != mdscan.Paragraph) {
			return false
		}
		*last = blk.Last
		return true
	}
	return false
}

// fragment returns the masked body from offset start, on line first, to
// the end of line last, with the container markers of the lines after
// the first turned into spaces, and start.
func (rw *rewriter) fragment(first, last, start int) ([]byte, int) {
	lines := rw.doc.Lines()
	frag := rw.masked[start:lines[last].End]
	var blanked []byte
	for l := first + 1; l <= last; l++ {
		ln := lines[l]
		markers := ln.Content
		if ln.Block < 0 { // blank but for container markers
			markers = ln.End
		}
		for i := ln.Start; i < markers; i++ {
			if c := rw.masked[i]; c == ' ' || c == '\t' || c == '\r' || c == '\n' {
				continue
			}
			if blanked == nil {
				blanked = bytes.Clone(frag)
			}
			blanked[i-start] = ' '
		}
	}
	if blanked != nil {
		return blanked, start
	}
	return frag, start
}

// onlySpace reports whether the body between offsets a and b holds only
// white space and container markers.
func (rw *rewriter) onlySpace(a, b int) bool {
	if a >= b {
		return true
	}
	lines := rw.doc.Lines()
	for l := max(rw.doc.LineAt(a), 0); l < len(lines) && lines[l].Start < b; l++ {
		ln := lines[l]
		text := ln.Content
		if ln.Block < 0 {
			text = ln.End
		}
		for i := max(text, a); i < min(ln.End, b); i++ {
			if c := rw.masked[i]; c != ' ' && c != '\t' && c != '\r' && c != '\n' {
				return false
			}
		}
	}
	return true
}

// shift moves the offsets of els and their descendants by d.
func shift(els []*Element, d int) {
	for _, e := range els {
		e.start += d
		e.end += d
		e.tagEnd += d
		shift(e.Children, d)
	}
}
