package embed

import (
	"bytes"
	"fmt"
	"slices"
	"strings"

	"github.com/hugofmt/hugofmt/internal/mdscan"
)

// Rewrite finds the raw embeds of body, a Markdown body without its front
// matter, and replaces each one a provider of r claims with the provider's
// shortcode. It returns the new body and what it found: every embed it
// converted, and every one it left alone with the reason, in order.
//
// Rewrite reads the body as Hugo does. It never touches code (fenced and
// indented code blocks, code spans), HTML comments, or shortcodes and
// their inner content, since Hugo would run a shortcode even there.
// An embed on its own keeps its place: its indentation and block quote
// markers, its line endings; several on one line get a line each; an
// embed in the middle of a sentence is converted in place, with a warning.
// Where Markdown read the text around an embed as part of its HTML block,
// Rewrite adds the blank line the shortcode needs, and says so. Companion
// elements (the script that renders a tweet) go only with the embed they
// serve.
//
// A body without any candidate element costs a byte search and comes back
// as is, the same slice. The output is stable: rewriting it again changes
// nothing. Rewrite fails only when a provider returns a shortcode Hugo
// could not read, or on a body of 2 GiB or more; body is then returned
// unchanged.
func (r *Registry) Rewrite(body []byte) ([]byte, []Finding, error) {
	cands := r.candidates(body)
	if len(cands) == 0 {
		return body, nil, nil
	}
	if len(body) > mdscan.MaxBody {
		return body, nil, fmt.Errorf("1:1: embed: a body of %d bytes is too large to read", len(body))
	}
	doc := mdscan.Scan(body)
	rw := &rewriter{reg: r, body: body, doc: doc, masked: doc.Masked(), pos: positions{body: body, line: 1}}
	if err := rw.run(cands); err != nil {
		return body, nil, err
	}
	if len(rw.units) == 0 {
		return body, rw.findings, nil
	}
	return rw.output(), rw.findings, nil
}

// rewriter holds the state of one Rewrite.
type rewriter struct {
	reg      *Registry
	body     []byte
	masked   []byte // body as goldmark reads it, shortcodes masked
	doc      *mdscan.Doc
	pos      positions
	units    []unit
	findings []Finding
	done     int // the body is handled up to here

	spansBlock int // the paragraph whose spans are cached, +1
	spans      []mdscan.Span
	broken     bool               // the unreadable shortcode was reported
	parsed     map[int][]*Element // HTML blocks tokenized ahead, by index
}

// A unit is an embed (and its companions) to replace with a shortcode.
type unit struct {
	start, end int
	shortcode  string
	inline     bool // in a paragraph: replaced in place
	finding    int  // index in rewriter.findings
}

func (rw *rewriter) run(cands []int) error {
	rw.tokenizeAhead(cands)
	for _, p := range cands {
		if p < rw.done {
			continue
		}
		if sc, ok := rw.doc.ShortcodeAt(p); ok {
			rw.reportBroken(sc)
			continue
		}
		b := rw.doc.BlockAt(p)
		if b < 0 {
			continue
		}
		var err error
		switch rw.doc.Blocks()[b].Kind {
		case mdscan.HTMLBlock:
			err = rw.htmlBlock(b)
		case mdscan.Paragraph, mdscan.Heading:
			err = rw.inline(b, p)
		}
		if err != nil {
			return err
		}
	}
	return nil
}

// reportBroken reports, once, a shortcode Hugo's lexer rejects: everything
// after it is left alone.
func (rw *rewriter) reportBroken(sc mdscan.Shortcode) {
	err := rw.doc.Err()
	if rw.broken || err == nil || sc.Start != err.Offset {
		return
	}
	rw.broken = true
	line, col := rw.pos.at(sc.Start)
	rw.findings = append(rw.findings, Finding{Line: line, Col: col,
		Reason: "Hugo cannot read this shortcode (" + err.Msg + "): the embeds after it are left as they are"})
}

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
	for i, el := range sibs {
		if el.Start < rw.done {
			continue
		}
		if rw.reg.looksAt(el.Tag) {
			handled, err := rw.element(el, rw.nextOf(sibs, i, b), false)
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

// nextOf returns the elements following sibs[i] with only white space
// between; for a top-level element, this goes on into the HTML blocks
// that follow block b after blank lines.
func (rw *rewriter) nextOf(sibs []*Element, i, b int) []*Element {
	var next []*Element
	prev := sibs[i]
	for _, s := range sibs[i+1:] {
		if !rw.onlySpace(prev.End, s.Start) {
			return next
		}
		next, prev = append(next, s), s
	}
	if prev.Parent != nil {
		return next
	}
	// The block holding the last element taken: a block after b when an
	// element was read on past b's end.
	blocks := rw.doc.Blocks()
	last := max(b, rw.doc.BlockAt(prev.End-1))
	for nb := last + 1; nb < len(blocks) && nb <= last+2; nb++ {
		blk := blocks[nb]
		if blk.Kind != mdscan.HTMLBlock || blk.Parent != blocks[b].Parent {
			return next
		}
		els, _ := rw.tokenize(nb)
		for _, s := range els {
			if !rw.onlySpace(prev.End, s.Start) {
				return next
			}
			next, prev = append(next, s), s
		}
	}
	return next
}

// inline handles the candidate at offset p in paragraph or heading b.
func (rw *rewriter) inline(b, p int) error {
	if rw.spansBlock != b+1 {
		rw.spansBlock, rw.spans = b+1, rw.doc.Inline(b)
	}
	if s, ok := spanAt(rw.spans, p); !ok || s.Kind != mdscan.RawHTML || s.Start != p {
		if !ok && (p == 0 || rw.body[p-1] != '\\') {
			rw.malformed(p)
		}
		return nil // code, a comment, or text that only looks like a tag
	}
	blk := rw.doc.Blocks()[b]
	frag, start := rw.fragment(rw.doc.LineAt(p), blk.Last, p)
	els := parseElements(frag)
	shift(els, start)
	if len(els) == 0 || els[0].Start != p {
		return nil
	}
	el := els[0]
	if rw.overlapsCode(el.Start, el.End) {
		rw.leave(el, "", "it spans a code span")
		return nil
	}
	var next []*Element
	for i, s := range els[1:] {
		sp, ok := spanAt(rw.spans, s.Start)
		if !ok || sp.Kind != mdscan.RawHTML || sp.Start != s.Start || !rw.onlySpace(els[i].End, s.Start) || rw.overlapsCode(s.Start, s.End) {
			break
		}
		next = append(next, s)
	}
	if !el.complete && slices.Contains(reportTags, el.Tag) {
		rw.leave(el, "", "a lone <"+el.Tag+"> tag in text, which Hugo leaves out as raw HTML (backquotes would show it)")
		return nil
	}
	_, err := rw.element(el, next, true)
	return err
}

// malformed reports an embed-looking tag at p that Markdown does not read
// as HTML (an attribute's quote left open, say): Hugo shows it as text.
func (rw *rewriter) malformed(p int) {
	n := 1
	for p+n < len(rw.body) && isTagByte(rw.body[p+n]) {
		n++
	}
	tag := strings.ToLower(string(rw.body[p+1 : p+n]))
	if !slices.Contains(reportTags, tag) {
		return
	}
	line, col := rw.pos.at(p)
	rw.findings = append(rw.findings, Finding{Line: line, Col: col,
		Reason: "Markdown does not read this <" + tag + "> as HTML (a malformed tag): Hugo shows it as text"})
}

// spanAt returns the span holding offset p.
func spanAt(spans []mdscan.Span, p int) (mdscan.Span, bool) {
	i, _ := slices.BinarySearchFunc(spans, p, func(s mdscan.Span, p int) int {
		if s.End <= p {
			return -1
		}
		if s.Start > p {
			return 1
		}
		return 0
	})
	if i < len(spans) && spans[i].Start <= p && p < spans[i].End {
		return spans[i], true
	}
	return mdscan.Span{}, false
}

func (rw *rewriter) overlapsCode(start, end int) bool {
	for _, s := range rw.spans {
		if s.Kind == mdscan.CodeSpan && s.Start < end && start < s.End {
			return true
		}
	}
	return false
}

// element hands el to the providers and records what comes of it. It
// reports whether el is dealt with: converted, left by a provider, or
// reported; an element nobody claims that is not reported (a div) is
// not, and its children are looked at next.
func (rw *rewriter) element(el *Element, next []*Element, inline bool) (bool, error) {
	reportable := slices.Contains(reportTags, el.Tag)
	line, col := rw.pos.at(el.Start)
	e := &Embed{Element: el, Next: next, Line: line, Col: col}
	if !el.complete {
		// Whoever claims it is told why it stays.
		who := ""
		for _, p := range rw.reg.providers {
			if _, ok := p.Match(e); ok {
				who = p.Name()
				break
			}
		}
		if reportable || who != "" {
			rw.leave(el, who, "it has no </"+el.Tag+"> end tag")
			return true, nil
		}
		return false, nil
	}
	if sc, ok := rw.doc.ShortcodeIn(el.Start, el.End); ok {
		if reportable {
			rw.leave(el, "", "it holds the shortcode "+shortcodeName(sc))
		}
		return reportable, nil
	}
	for _, p := range rw.reg.providers {
		sc, ok := p.Match(e)
		if !ok {
			continue
		}
		if err := checkShortcode(sc, len(next)); err != nil {
			return true, fmt.Errorf("%d:%d: embed: provider %q returned %v", line, col, p.Name(), err)
		}
		end := el.End
		if sc.Consumed > 0 {
			end = next[sc.Consumed-1].End
		}
		if sc.Skip != "" {
			rw.leave(el, p.Name(), sc.Skip)
			rw.done = max(rw.done, end)
			return true, nil
		}
		if s, ok := rw.doc.ShortcodeIn(el.Start, end); ok {
			rw.leave(el, p.Name(), "its companions hold the shortcode "+shortcodeName(s))
			return true, nil
		}
		text := sc.String()
		rw.units = append(rw.units, unit{start: el.Start, end: end, shortcode: text, inline: inline, finding: len(rw.findings)})
		rw.findings = append(rw.findings, Finding{Line: line, Col: col, Provider: p.Name(), Shortcode: text, Converted: true, Reason: sc.Note})
		rw.done = max(rw.done, end)
		return true, nil
	}
	if reportable {
		rw.leave(el, "", unknown(el))
	}
	return reportable, nil
}

// leave reports el as left alone, and skips it.
func (rw *rewriter) leave(el *Element, provider, reason string) {
	line, col := rw.pos.at(el.Start)
	rw.findings = append(rw.findings, Finding{Line: line, Col: col, Provider: provider, Reason: reason})
	rw.done = max(rw.done, el.End)
}

func shortcodeName(sc mdscan.Shortcode) string {
	if sc.Markdown {
		return "{{% " + sc.Name + " %}}"
	}
	return "{{< " + sc.Name + " >}}"
}

// tokenizeAhead tokenizes the HTML blocks holding candidates, all with one
// tokenizer.
func (rw *rewriter) tokenizeAhead(cands []int) {
	var (
		blocks []int
		frags  [][]byte
		starts []int
	)
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
	rw.parsed = make(map[int][]*Element, len(blocks))
	for i, els := range parseFragments(frags) {
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
		e.Start += d
		e.End += d
		e.TagEnd += d
		shift(e.Children, d)
	}
}

// looksAt reports whether Rewrite hands elements with this tag to r's
// providers.
func (r *Registry) looksAt(tag string) bool { return slices.Contains(r.tags, tag) }

// positions turns offsets into lines and columns, cheaply for offsets
// asked in increasing order.
type positions struct {
	body      []byte
	off       int // offsets before it are counted
	line      int // the line of off
	lineStart int // where that line starts
}

func (p *positions) at(off int) (line, col int) {
	if off < p.off {
		p.off, p.line, p.lineStart = 0, 1, 0
	}
	for {
		i := bytes.IndexByte(p.body[p.off:off], '\n')
		if i < 0 {
			break
		}
		p.off += i + 1
		p.line++
		p.lineStart = p.off
	}
	p.off = off
	return p.line, off - p.lineStart + 1
}
