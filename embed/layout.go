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
// finding, and where the text it moves out of its HTML block starts (-1
// when it moves none).
type placement struct {
	edits []edit
	notes []string
	moved int
}

// output applies the units to the body. Where a unit moves text out of
// its HTML block, the result is scanned again: a unit whose move changes
// how Markdown reads anything but that text (a fence or a comment opened
// on the moved line, the next paragraph taken into a new HTML block, an
// embed the block hid) is left instead, and the rest placed again.
func (rw *rewriter) output() []byte {
	for {
		plan := rw.plan()
		out := rw.apply(plan)
		if i := rw.misread(plan, out); i >= 0 {
			rw.drop(i, "the text after it in its HTML block would read differently on a line of its own")
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

// plan places every unit, leaving those whose moved text would show an
// embed the HTML block hid.
func (rw *rewriter) plan() []placement {
	for {
		plan := make([]placement, len(rw.units))
		dropped := false
		for i := range rw.units {
			plan[i] = rw.place(i)
			if m := plan[i].moved; m >= 0 && rw.rereadsEmbed(i, m) {
				rw.drop(i, "the text after it in its HTML block, on a line of its own, would hold an embed Markdown reads differently")
				dropped = true
				break
			}
		}
		if !dropped {
			return plan
		}
	}
}

// drop leaves unit i as it is, saying why in its finding.
func (rw *rewriter) drop(i int, why string) {
	f := &rw.findings[rw.units[i].finding]
	f.Converted, f.Shortcode, f.Reason = false, "", why
	rw.units = append(rw.units[:i], rw.units[i+1:]...)
}

// misread scans out, the body with plan applied, and returns the index of
// a unit whose moved text makes Markdown read a line differently, or -1.
// The moved text itself may turn from raw HTML into text: that is the
// point of moving it.
func (rw *rewriter) misread(plan []placement, out []byte) int {
	var edits []edit
	var moved []int // the moved text's start, by unit; -1 for none
	for _, p := range plan {
		edits = append(edits, p.edits...)
		moved = append(moved, p.moved)
	}
	if !slices.ContainsFunc(moved, func(m int) bool { return m >= 0 }) {
		return -1
	}
	after := mdscan.Scan(out)
	classAt := func(x int) string {
		if b := after.BlockAt(x); b >= 0 {
			return blockClass(after.Blocks()[b].Kind)
		}
		return ""
	}
	for i, m := range moved {
		// The moved text may become text, not code.
		if x, ok := shifted(edits, m); m >= 0 && ok && classAt(x) != "html" && classAt(x) != "text" {
			return i
		}
	}
	lines, blocks := rw.doc.Lines(), rw.doc.Blocks()
	own := map[int]bool{} // lines holding a unit: they change by design
	for _, u := range rw.units {
		for l := rw.doc.LineAt(u.start); l <= rw.doc.LineAt(u.end-1); l++ {
			own[l] = true
		}
	}
	for l, line := range lines {
		if line.Block < 0 || own[l] {
			continue
		}
		x, ok := shifted(edits, line.Content)
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
		return blame
	}
	return -1
}

// shifted returns where offset x of the body lands once edits are made,
// and false when an edit replaces it.
func shifted(edits []edit, x int) (int, bool) {
	d := 0
	for _, e := range edits {
		if e.start <= x && x < e.end {
			return 0, false
		}
		if e.start <= x {
			d += len(e.text) - (e.end - e.start)
		}
	}
	return x + d, true
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

// rereadsEmbed reports whether the text unit i moves, from offset m to the
// end of its HTML block or the next unit, would be read as a paragraph
// holding a candidate tag that no unit replaces.
func (rw *rewriter) rereadsEmbed(i, m int) bool {
	lines := rw.doc.Lines()
	l := rw.doc.LineAt(m)
	if l < 0 || mdscan.HTMLBlockStart(rw.masked[m:lines[l].End]) != 0 {
		return false
	}
	end := lines[l].End
	if b := lines[l].Block; b >= 0 {
		end = lines[rw.doc.Blocks()[b].Last].End
	}
	if i+1 < len(rw.units) {
		end = min(end, max(m, rw.units[i+1].start))
	}
	for _, c := range rw.reg.candidates(rw.masked[m:end]) {
		if !rw.inUnit(m + c) {
			return true
		}
	}
	return false
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

// place returns how unit i goes in. An embed inside a paragraph is
// replaced where it is. An embed in an HTML block gets a line of its own,
// with the container markers of its line (list indentation, ">"), and
// blank lines around it where Markdown would otherwise read the shortcode
// as part of the HTML block or of a paragraph; each added blank line is
// noted.
func (rw *rewriter) place(i int) placement {
	u := rw.units[i]
	p := placement{moved: -1}
	if u.inline {
		if !rw.alone(u) {
			p.notes = append(p.notes, "inline in a sentence, converted in place")
		}
		p.edits = []edit{{u.start, u.end, u.shortcode}}
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
	eol := lineEnding(rw.body, first)
	prefix := continuation(rw.body[first.Start:first.Content])
	blank := strings.TrimRight(prefix, " \t") + eol

	e := edit{u.start, u.end, u.shortcode}
	before := rw.body[min(first.Content, u.start):u.start]
	switch {
	case prev != nil && prev.end > first.Start && isSpaceOnly(rw.body[prev.end:u.start]):
		// Several embeds on one line: one line each.
		e.start, e.text = prev.end, eol+prefix+e.text
	case isSpaceOnly(before):
		if why := rw.blankBefore(l1, prev); why != "" {
			p.edits = append(p.edits, edit{first.Start, first.Start, blank})
			p.notes = append(p.notes, "blank line added above: "+why)
		}
	default:
		e.start = u.start - trailingSpace(before)
		e.text = eol + blank + prefix + e.text
		p.notes = append(p.notes, "moved to a line of its own, after a blank line: HTML came before it on its line")
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
	default:
		e.end = u.end + len(after) - len(bytes.TrimLeft(after, " \t"))
		e.text += eol + blank + prefix
		p.notes = append(p.notes, "blank line added below: the text after it on its line was part of its HTML block")
		p.moved = e.end
	}
	p.edits = append(p.edits, e)
	return p
}

// alone reports whether an inline unit is all its lines hold, but for
// other embeds.
func (rw *rewriter) alone(u unit) bool {
	lines := rw.doc.Lines()
	from := min(lines[rw.doc.LineAt(u.start)].Content, u.start)
	to := max(lines[rw.doc.LineAt(u.end-1)].End, u.end)
	for _, o := range rw.units { // other embeds on these lines do not count
		if o.start >= to || o.end <= from {
			continue
		}
		if !isSpaceOnly(rw.body[from:o.start]) {
			return false
		}
		from = o.end
	}
	return isSpaceOnly(rw.body[from:to])
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
	case above.Block >= 0 && blocks[above.Block].Kind == mdscan.Paragraph &&
		blocks[above.Block].Parent == blocks[here.Block].Parent && !blocks[above.Block].InListItem:
		return "the paragraph above would take the shortcode in"
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
// last line without one, "\n" unless the body uses "\r\n".
func lineEnding(body []byte, l mdscan.Line) string {
	switch {
	case bytes.HasSuffix(body[l.Start:l.End], []byte("\r\n")):
		return "\r\n"
	case bytes.HasSuffix(body[l.Start:l.End], []byte("\n")):
		return "\n"
	case bytes.Contains(body, []byte("\r\n")):
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
