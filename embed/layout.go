package embed

import (
	"bytes"
	"slices"
	"strings"

	"github.com/hugofmt/hugofmt/internal/mdscan"
)

// An edit replaces body[start:end] by text.
type edit struct {
	start, end int
	text       string
}

// A placement is how a unit goes in: its edits, the remarks for its
// finding, where the text it moves out of its HTML block starts (-1 when
// it moves none), and whether it goes in the middle of a sentence.
type placement struct {
	edits    []edit
	notes    []string
	moved    int
	sentence bool
}

// output applies the units to the body. Where a placement could make
// Markdown read something differently (text moved out of an HTML block, a
// shortcode inside a <pre> or <script> block, an embed sharing its line of
// text), the result is scanned again (see misread): a unit that would
// change how anything but its own moved text reads is left instead, and
// the rest placed again.
func (rw *rewriter) output() []byte {
	for pass := 0; ; pass++ {
		plan := rw.plan()
		out := rw.apply(plan)
		// Leaving a unit changes how its neighbours go in, so the first
		// few are left one at a time; past that, all those found in a
		// pass (see exactPasses).
		if bad := rw.misread(plan, out, pass >= exactPasses); len(bad) > 0 {
			for k := len(bad) - 1; k >= 0; k-- {
				rw.drop(bad[k].unit, bad[k].why)
			}
			continue
		}
		for i, p := range plan {
			for _, s := range p.notes {
				rw.note(rw.units[i], s)
			}
		}
		return out
	}
}

// apply returns the body with the edits of plan made.
func (rw *rewriter) apply(plan []placement) []byte {
	var out bytes.Buffer
	out.Grow(len(rw.body) + 32*len(rw.units))
	last := 0
	for _, p := range plan {
		for _, e := range p.edits {
			out.Write(rw.body[last:e.start])
			out.WriteString(e.text)
			last = e.end
		}
	}
	out.Write(rw.body[last:])
	return out.Bytes()
}

// place returns how unit i goes in. An embed inside a paragraph is
// replaced where it is; sentence says whether it shares its line with
// text. An embed in an HTML block gets a line of its own,
// with the container markers of its line (list indentation, ">"), and
// blank lines around it where Markdown would otherwise read the shortcode
// as part of the HTML block or of a paragraph; each added blank line is
// noted.
func (rw *rewriter) place(i int, sentence bool) placement {
	u := rw.units[i]
	p := placement{moved: -1, sentence: sentence}
	if u.inline {
		if sentence {
			p.notes = append(p.notes, "inline in a sentence, converted in place")
		}
		text := u.shortcode
		if u.caption != "" {
			text += " " + u.caption
		}
		p.edits = []edit{{u.start, u.end, text}}
		return p
	}
	var prev, next *unit
	if i > 0 {
		prev = &rw.units[i-1]
	}
	if i+1 < len(rw.units) {
		next = &rw.units[i+1]
	}
	lines := rw.doc.Lines()
	l1, l2 := rw.doc.LineAt(u.start), rw.doc.LineAt(u.end-1)
	first, last := lines[l1], lines[l2]
	eol := rw.lineEnding(first)
	prefix := continuation(rw.body[first.Start:first.Content])
	blank := strings.TrimRight(prefix, " \t") + eol

	e := edit{u.start, u.end, u.shortcode}
	before := rw.body[min(first.Content, u.start):u.start]
	switch {
	case prev != nil && prev.end > first.Start && isSpaceOnly(rw.body[prev.end:u.start]):
		// Several embeds on one line: one line each; after a caption,
		// which is a paragraph, a blank line.
		sep := eol
		if prev.caption != "" {
			sep += blank
		}
		e.start, e.text = prev.end, sep+prefix+e.text
	case isSpaceOnly(before):
		if why := rw.blankBefore(l1, prev); why != "" {
			p.edits = append(p.edits, edit{first.Start, first.Start, blank})
			p.notes = append(p.notes, "blank line added above: "+why)
			if mdscan.Indent(before) >= 4 {
				// After a blank line, so deep an indentation would make
				// the shortcode an indented code block: it goes.
				e.start = first.Content
				p.notes = append(p.notes, "indentation removed: after the blank line it would make the shortcode code")
			}
		}
	default:
		e.start = u.start - trailingSpace(before)
		e.text = eol + blank + prefix + e.text
		p.notes = append(p.notes, "moved to a line of its own, after a blank line: HTML came before it on its line")
	}
	if u.caption != "" {
		e.text += eol + blank + prefix + u.caption
	}
	after := rw.body[u.end:max(textEnd(rw.body, last), u.end)]
	switch {
	case next != nil && next.start < last.End && isSpaceOnly(rw.body[u.end:next.start]):
		// The next embed starts the next line.
	case isSpaceOnly(after):
		if why := rw.blankAfter(l2, next); why != "" {
			p.edits = append(p.edits, e, edit{last.End, last.End, blank})
			p.notes = append(p.notes, "blank line added below: "+why)
			if l2+1 < len(lines) && lines[l2+1].Block == last.Block {
				p.moved = lines[l2+1].Content
			}
			return p
		}
		p.moved = rw.rereadAfter(u, l2)
	default:
		e.end = u.end + len(after) - len(bytes.TrimLeft(after, " \t"))
		e.text += eol + blank + prefix
		p.notes = append(p.notes, "blank line added below: the text after it on its line was part of its HTML block")
		p.moved = e.end
	}
	p.edits = append(p.edits, e)
	return p
}

// rereadAfter returns where the text starts that follows line l, the last
// of unit u, past blank lines, in an HTML block that u starts and that
// only an end tag ends (<script>, <pre>, a comment …): once u is replaced,
// nothing holds that text in the block any more, and Markdown reads it
// afresh, as text moved out of the block. It returns -1 when there is
// none.
func (rw *rewriter) rereadAfter(u unit, l int) int {
	lines := rw.doc.Lines()
	b := lines[rw.doc.LineAt(u.start)].Block
	blk := rw.doc.Blocks()[b]
	if lines[l].Block != b || blk.HTMLType < 1 || blk.HTMLType > 5 || !isSpaceOnly(rw.body[lines[blk.First].Content:u.start]) {
		return -1
	}
	for m := l + 1; m <= blk.Last; m++ {
		if !rw.isBlank(lines[m]) {
			return lines[m].Content
		}
	}
	return -1
}

// inSentence reports, for each unit, whether it is an inline one that
// shares its lines with text (other embeds do not count). The units on
// one line are answered with one look at it.
func (rw *rewriter) inSentence() []bool {
	in := make([]bool, len(rw.units))
	lines := rw.doc.Lines()
	from, to, shared := -1, -1, false
	for i, u := range rw.units {
		if !u.inline {
			continue
		}
		f := min(lines[rw.doc.LineAt(u.start)].Content, u.start)
		t := max(lines[rw.doc.LineAt(u.end-1)].End, u.end)
		if f != from || t != to {
			from, to, shared = f, t, !rw.onlyUnits(f, t)
		}
		in[i] = shared
	}
	return in
}

// onlyUnits reports whether the body from offset from to offset to holds
// nothing but units and white space.
func (rw *rewriter) onlyUnits(from, to int) bool {
	// The first unit that ends after from.
	i, _ := slices.BinarySearchFunc(rw.units, from, func(u unit, from int) int {
		if u.end <= from {
			return -1
		}
		return 1
	})
	for _, u := range rw.units[i:] {
		if u.start >= to {
			break
		}
		if u.start > from && !isSpaceOnly(rw.body[from:u.start]) {
			return false
		}
		from = max(from, u.end)
	}
	return from >= to || isSpaceOnly(rw.body[from:to])
}

// blankBefore says why the shortcode going on line l needs a blank line
// above it, or returns "".
func (rw *rewriter) blankBefore(l int, prev *unit) string {
	lines, blocks := rw.doc.Lines(), rw.doc.Blocks()
	if l == 0 {
		return ""
	}
	above, here := lines[l-1], lines[l]
	if rw.isBlank(above) || prev != nil && prev.end > above.Start && isSpaceOnly(rw.body[prev.end:above.End]) {
		return ""
	}
	switch {
	case above.Block == here.Block:
		return "the line above is part of the embed's HTML block"
	case above.Block >= 0 && blocks[above.Block].Kind == mdscan.Paragraph:
		// In a tight list item, text and shortcode may share the item's
		// paragraph; elsewhere, and from an outer container (a lazy
		// continuation line), the paragraph would take the shortcode in.
		if blocks[above.Block].Parent != blocks[here.Block].Parent || !blocks[above.Block].InListItem {
			return "the paragraph above would take the shortcode in"
		}
	}
	return ""
}

// blankAfter says why the shortcode ending line l needs a blank line
// below it, or returns "".
func (rw *rewriter) blankAfter(l int, next *unit) string {
	lines := rw.doc.Lines()
	if l+1 >= len(lines) {
		return ""
	}
	here, below := lines[l], lines[l+1]
	switch {
	case below.Block < 0 && here.Block >= 0 && emptyListItem(rw.body[below.Start:below.End]) && !rw.doc.Blocks()[here.Block].InListItem:
		// No block holds the line, but an empty list item cannot
		// interrupt a paragraph: it would be the shortcode's text. (In a
		// list, the line is the next item of that list, as it was.)
		return "the line below, an empty list item, would join the shortcode's paragraph"
	case rw.isBlank(below):
		return ""
	case next != nil && next.start >= below.Start && next.start < below.End && isSpaceOnly(rw.body[below.Content:next.start]):
		return ""
	case below.Block == here.Block:
		return "the text below was part of the embed's HTML block"
	case below.Interrupts:
		return ""
	}
	return "the line below would join the shortcode's paragraph"
}

// emptyListItem reports whether line, past block quote markers and
// indentation, is a list marker and nothing else ("* ", "1."): an empty
// list item, which Markdown reads as a paragraph's text when it follows
// one.
func emptyListItem(line []byte) bool {
	rest := bytes.TrimLeft(line, " \t>")
	n := 0
	for n < len(rest) && n < 9 && rest[n] >= '0' && rest[n] <= '9' {
		n++
	}
	switch {
	case n > 0 && n < len(rest) && (rest[n] == '.' || rest[n] == ')'):
		n++
	case n == 0 && len(rest) > 0 && (rest[0] == '-' || rest[0] == '+' || rest[0] == '*'):
		n = 1
	default:
		return false
	}
	return isSpaceOnly(rest[n:])
}

// note adds a remark to the finding of u.
func (rw *rewriter) note(u unit, s string) {
	f := &rw.findings[u.finding]
	if f.Reason != "" {
		f.Reason += "; "
	}
	f.Reason += s
}

// isBlank reports whether line l holds nothing but container markers and
// white space.
func (rw *rewriter) isBlank(l mdscan.Line) bool {
	return l.Block < 0 || isSpaceOnly(rw.body[l.Content:l.End])
}

// continuation returns the container markers of a line as they continue on
// the next: block quote markers and indentation kept, list markers turned
// into spaces.
func continuation(markers []byte) string {
	b := []byte(string(markers))
	for i, c := range b {
		if c != '>' && c != ' ' && c != '\t' {
			b[i] = ' '
		}
	}
	return string(b)
}

// lineEnding returns the line ending of line l: "\r\n", "\n", or, for a
// last line without one, "\n" unless the body uses "\r\n". Whether it does
// is looked up once: a body of thousands of units on one unended line
// would search it once per unit.
func (rw *rewriter) lineEnding(l mdscan.Line) string {
	body := rw.body
	switch {
	case bytes.HasSuffix(body[l.Start:l.End], []byte("\r\n")):
		return "\r\n"
	case bytes.HasSuffix(body[l.Start:l.End], []byte("\n")):
		return "\n"
	}
	if rw.crlf == 0 {
		rw.crlf = 1
		if bytes.Contains(body, []byte("\r\n")) {
			rw.crlf = 2
		}
	}
	if rw.crlf == 2 {
		return "\r\n"
	}
	return "\n"
}

// textEnd returns where the text of line l ends, before its line ending.
func textEnd(body []byte, l mdscan.Line) int {
	end := l.End
	if end > l.Start && body[end-1] == '\n' {
		end--
		if end > l.Start && body[end-1] == '\r' {
			end--
		}
	}
	return end
}

func isSpaceOnly(b []byte) bool {
	for _, c := range b {
		if c != ' ' && c != '\t' && c != '\r' && c != '\n' {
			return false
		}
	}
	return true
}

func trailingSpace(b []byte) int { return len(b) - len(bytes.TrimRight(b, " \t")) }
