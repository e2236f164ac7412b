package embed

// Checking placements: a shortcode must stand in text, and text moved
// below it must read as it did.

import (
	"bytes"
	"slices"
	"strings"

	"golang.org/x/net/html"

	"github.com/hugofmt/hugofmt/internal/mdscan"
)

// plan places every unit, leaving those whose moved text would read
// otherwise on a line of its own (see reread). The first few such units
// are left one at a time, each placement made again after (leaving one
// changes how its neighbours go in); past that, every unit found in one
// pass is left, so that a body of thousands of them costs a few passes,
// not thousands.
func (rw *rewriter) plan() []placement {
	for pass := 0; ; pass++ {
		plan := make([]placement, len(rw.units))
		sentence := rw.inSentence()
		var left []problem
		for i := range rw.units {
			plan[i] = rw.place(i, sentence[i])
			if m := plan[i].moved; m >= 0 {
				if why := rw.reread(i, m); why != "" {
					if left = append(left, problem{i, why}); pass < exactPasses {
						break
					}
				}
			}
		}
		if len(left) == 0 {
			return plan
		}
		for k := len(left) - 1; k >= 0; k-- {
			rw.drop(left[k].unit, left[k].why)
		}
	}
}

// exactPasses is how many times plan and output place the units again
// after leaving a single one, before they leave every unit found wrong in
// a pass at once. Real bodies need a pass or two; the bound keeps a body
// of thousands of misplaced units linear, at the cost of leaving, on such
// bodies, a unit that might have gone in once another was left.
const exactPasses = 8

// drop leaves unit i as it is, saying why in its finding.
func (rw *rewriter) drop(i int, why string) {
	f := &rw.findings[rw.units[i].finding]
	f.Converted, f.Shortcode, f.Reason = false, "", why
	rw.units = append(rw.units[:i], rw.units[i+1:]...)
}

// misread scans out, the body with plan applied, and returns the units
// whose placement makes Markdown read something differently, with why, in
// order: only the first unless all is set; none when all reads as it
// should. What it looks for: a shortcode not in text (a <pre> or <script> block that goes on past
// it takes it in), moved text turned into code, any other line read
// otherwise. The moved text itself may turn from raw HTML into text: that
// is the point of moving it. out is scanned only when a unit moves text,
// sits inside a <pre>, <script> or comment block (which end only at their
// end tag), or shares its line of text with something else.
func (rw *rewriter) misread(plan []placement, out []byte, all bool) []problem {
	var found []problem
	// report notes that unit i is misread, and says whether to go on.
	report := func(i int, why string) bool {
		if n := len(found); n == 0 || found[n-1].unit != i {
			found = append(found, problem{i, why})
		}
		return all
	}
	var edits []edit
	var moved []int // the moved text's start, by unit; -1 for none
	scan := false
	for i, p := range plan {
		edits = append(edits, p.edits...)
		moved = append(moved, p.moved)
		u := rw.units[i]
		scan = scan || p.moved >= 0 || p.sentence || rw.insideEndTagBlock(u)
	}
	if !scan {
		return nil
	}
	after := mdscan.Scan(out)
	classAt := func(x int) string {
		if b := after.BlockAt(x); b >= 0 {
			return blockClass(after.Blocks()[b].Kind)
		}
		return ""
	}
	delta := 0 // how far the edits so far moved the text
	for i, p := range plan {
		u := rw.units[i]
		for _, e := range p.edits {
			if j := strings.Index(e.text, u.shortcode); j >= 0 {
				if classAt(e.start+delta+j) != "text" {
					if !report(i, "its HTML block ends only at its end tag: Markdown would read the shortcode as part of it, and Hugo would drop it") {
						return found
					}
				} else if k := strings.LastIndex(e.text, u.caption); u.caption != "" && k > j && classAt(e.start+delta+k) != "text" {
					if !report(i, "its caption would not read as text") {
						return found
					}
				}
			}
			delta += len(e.text) - (e.end - e.start)
		}
		// The moved text may become text, not code, and what it starts
		// must end where its HTML block ended.
		if m := moved[i]; m >= 0 {
			x, ok := shifted(edits, m)
			if ok && classAt(x) != "html" && classAt(x) != "text" {
				if !report(i, "the text after it in its HTML block would start a code block on a line of its own") {
					return found
				}
			} else if ok && rw.outruns(after, edits, m, x) {
				if !report(i, "the text after it in its HTML block, on a line of its own, would take in the lines below it") {
					return found
				}
			}
		}
	}
	lines, blocks := rw.doc.Lines(), rw.doc.Blocks()
	own := map[int]bool{} // lines holding a unit: they change by design
	for _, u := range rw.units {
		for l := rw.doc.LineAt(u.start); l <= rw.doc.LineAt(u.end-1); l++ {
			own[l] = true
		}
	}
	shift := shifter{edits: edits}
	for l, line := range lines {
		if line.Block < 0 || own[l] {
			continue
		}
		x, ok := shift.at(line.Content)
		if !ok {
			continue
		}
		was, now := blockClass(blocks[line.Block].Kind), classAt(x)
		if was == now {
			continue
		}
		// The unit that moved text last before this line is to blame.
		blame := -1
		for i, m := range moved {
			if m >= 0 && m <= line.Content {
				blame = i
			}
		}
		if blame < 0 {
			continue // not a move's doing
		}
		m := moved[blame]
		end := lines[blocks[lines[rw.doc.LineAt(m)].Block].Last].End
		if line.Content < end && was == "html" && now == "text" {
			continue
		}
		if !report(blame, "the text after it in its HTML block, on a line of its own, would change how the lines below it read") {
			return found
		}
	}
	slices.SortStableFunc(found, func(a, b problem) int { return a.unit - b.unit })
	return slices.CompactFunc(found, func(a, b problem) bool { return a.unit == b.unit })
}

// A problem is a unit misread would leave, and why.
type problem struct {
	unit int
	why  string
}

// outruns reports whether the block holding x in after, where offset m of
// the body landed, goes on past the end of the HTML block m was in: an
// unclosed <script> or comment moved to a line of its own runs on over
// blank lines.
func (rw *rewriter) outruns(after *mdscan.Doc, edits []edit, m, x int) bool {
	lines := rw.doc.Lines()
	b := after.BlockAt(x)
	if b < 0 {
		return false
	}
	end := lines[rw.doc.Blocks()[lines[rw.doc.LineAt(m)].Block].Last].End
	last, ok := shifted(edits, end-1)
	return ok && after.Lines()[after.Blocks()[b].Last].End > last+1
}

// insideEndTagBlock reports whether u lies inside an HTML block of types 1
// to 5 (<pre>, <script>, a comment …) without being all of it: such a
// block ends only at its end tag, which may come after the shortcode.
func (rw *rewriter) insideEndTagBlock(u unit) bool {
	if u.inline {
		return false
	}
	lines := rw.doc.Lines()
	blk := rw.doc.Blocks()[lines[rw.doc.LineAt(u.start)].Block]
	if blk.HTMLType < 1 || blk.HTMLType > 5 {
		return false
	}
	start, end := lines[blk.First].Content, textEnd(rw.body, lines[blk.Last])
	return !isSpaceOnly(rw.body[start:u.start]) || !isSpaceOnly(rw.body[u.end:max(end, u.end)])
}

// shifted returns where offset x of the body lands once edits, in order,
// are made, and false when an edit replaces it.
func shifted(edits []edit, x int) (int, bool) {
	s := shifter{edits: edits}
	return s.at(x)
}

// A shifter says where offsets of the body land once edits, in order, are
// made, for offsets asked in increasing order: in one pass over them.
type shifter struct {
	edits []edit
	i     int // the edits before i start at or before the last offset asked
	d     int // how far they move the text after them
}

// at returns where offset x lands, and false when an edit replaces it.
func (s *shifter) at(x int) (int, bool) {
	for ; s.i < len(s.edits) && s.edits[s.i].start <= x; s.i++ {
		e := s.edits[s.i]
		if x < e.end {
			return 0, false // asked again, a later x finds e again
		}
		s.d += len(e.text) - (e.end - e.start)
	}
	return x + s.d, true
}

// blockClass groups block kinds by how they show: code (fenced or
// indented), raw HTML, text.
func blockClass(k mdscan.Kind) string {
	switch k {
	case mdscan.FencedCode, mdscan.IndentedCode:
		return k.String()
	case mdscan.HTMLBlock:
		return "html"
	}
	return "text"
}

// reread says why the text unit i moves, from offset m to the end of its
// HTML block or the next unit, would read otherwise on a line of its own,
// or returns "". It would when read, in part or in whole, as a paragraph
// (Markdown text, no longer raw HTML) that holds a candidate tag no unit
// replaces, or that ends in the middle of a tag or a comment: as raw
// HTML, that tag took in what came after it (its lines read as the tag's
// attributes, an embed among them); as text, it takes in nothing. Moved
// text read as an HTML block of type 6 or 7 stays one to the blank line,
// as the block it came from did; one of types 1 to 5 (a <script>, a
// comment …) ends at its end condition, and what follows is read anew,
// where a tag the block left open may have hidden an embed (unveils).
func (rw *rewriter) reread(i, m int) string {
	lines := rw.doc.Lines()
	l := rw.doc.LineAt(m)
	if l < 0 {
		return ""
	}
	end := lines[l].End
	if b := lines[l].Block; b >= 0 {
		end = lines[rw.doc.Blocks()[b].Last].End
	}
	if i+1 < len(rw.units) {
		end = min(end, max(m, rw.units[i+1].start))
	}
	for x, k := m, l; x < end; {
		typ := mdscan.HTMLBlockStart(rw.masked[x:min(lines[k].End, end)])
		if typ >= 6 {
			if x > m && rw.unveils(x, end) {
				// What follows a block that ended in the moved text is
				// read anew: a tag left open there took in an embed.
				return "the text after it in its HTML block, on a line of its own, would show an embed its HTML hid"
			}
			return ""
		}
		if typ == 0 { // a paragraph, to the end
			for _, c := range rw.reg.candidates(rw.masked[x:end]) {
				if !rw.inUnit(x+c) && !bareWrapperTag(rw.masked[x+c:end]) && bytes.IndexByte(rw.masked[x+c:], '>') >= 0 {
					// (A tag cut short by the end of the body is no element.)
					return "the text after it in its HTML block, on a line of its own, would hold an embed Markdown reads differently"
				}
			}
			if endsOpen(rw.masked[x:end]) && !isSpaceOnly(rw.masked[end:]) { // it takes in what follows
				return "the text after it in its HTML block ends in the middle of a tag or a comment, which takes in what follows; on a line of its own, it would not"
			}
			return ""
		}
		for ; x < end; k++ { // past the line that closes the block
			le := min(lines[k].End, end)
			closes := mdscan.HTMLBlockCloses(typ, rw.masked[x:le])
			x = le
			if closes {
				k++
				break
			}
		}
	}
	return ""
}

// unveils reports whether the body from x to end holds a candidate tag
// that no unit replaces and that was no element of its HTML block as
// first read: an open tag before it took it in as attributes.
func (rw *rewriter) unveils(x, end int) bool {
	for _, c := range rw.reg.candidates(rw.masked[x:end]) {
		off := x + c
		if rw.inUnit(off) || bytes.IndexByte(rw.masked[off:], '>') < 0 {
			continue
		}
		b := rw.doc.BlockAt(off)
		if b < 0 {
			continue
		}
		els, _ := rw.tokenize(b)
		if !startsElement(els, off) {
			return true
		}
	}
	return false
}

// startsElement reports whether an element of els, at any depth, starts
// at offset off.
func startsElement(els []*Element, off int) bool {
	for _, e := range els {
		if e.start == off || startsElement(e.Children, off) {
			return true
		}
	}
	return false
}

// bareWrapperTag reports whether b starts with the start tag of a wrapper
// (<p>, <div>, <center>, <figure>) with no attribute but class, id, style
// and align: no embed by itself, whatever it holds (an embed inside is a
// candidate of its own). A placeholder an embed's script fills (<p
// class="codepen" data-slug-hash=…>) is no bare wrapper.
func bareWrapperTag(b []byte) bool {
	z := html.NewTokenizer(bytes.NewReader(b))
	tt := z.Next()
	if tt != html.StartTagToken && tt != html.SelfClosingTagToken {
		// A start tag cut short by the end of the text: bare when
		// nothing follows its name.
		name := bytes.TrimLeft(b, "<")
		n := 0
		for n < len(name) && isTagByte(name[n]) {
			n++
		}
		return tt == html.ErrorToken && slices.Contains(wrapperTags(), string(bytes.ToLower(name[:n]))) &&
			len(bytes.TrimSpace(name[n:])) == 0
	}
	name, more := z.TagName()
	if !slices.Contains(wrapperTags(), string(name)) {
		return false
	}
	for more {
		var key []byte
		key, _, more = z.TagAttr()
		switch string(key) {
		case "class", "id", "style", "align":
		default:
			return false
		}
	}
	return true
}

// endsOpen reports whether the HTML text ends in the middle of a tag or a
// comment, which then takes in what follows it: "<a" and no ">", "<!--"
// and no "-->", "<?php" and no ">".
func endsOpen(text []byte) bool {
	z := html.NewTokenizer(bytes.NewReader(text))
	closed := true // the last token ends with its ">"
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			return len(z.Raw()) > 0 || !closed // a tag cut short, or a comment
		}
		raw := z.Raw()
		closed = tt != html.CommentToken && tt != html.DoctypeToken || bytes.HasSuffix(raw, []byte(">"))
	}
}

// inUnit reports whether offset p lies in a unit.
func (rw *rewriter) inUnit(p int) bool {
	for _, u := range rw.units {
		if u.start <= p && p < u.end {
			return true
		}
	}
	return false
}
