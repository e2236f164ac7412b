package embed

import (
	"bytes"
	"fmt"
	"slices"

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
// serve; a bare wrapper around an embed goes with it, and a credit line
// its shortcode has no place for follows it as text (Shortcode.Caption).
//
// A body without any candidate element costs a byte search and comes back
// as is, the same slice. The output is stable: rewriting it again changes
// nothing. Rewrite fails only when a provider returns a shortcode Hugo
// could not read, or on a body of 2 GiB or more, with an *Error; body is
// then returned unchanged.
func (r *Registry) Rewrite(body []byte) ([]byte, []Finding, error) {
	cands := r.candidates(body)
	if len(cands) == 0 {
		return body, nil, nil
	}
	if len(body) > mdscan.MaxBody {
		return body, nil, &Error{Line: 1, Col: 1, Msg: fmt.Sprintf("a body of %d bytes is too large to read", len(body))}
	}
	s, _ := r.scratch.Get().(*scratch)
	if s == nil {
		s = new(scratch)
	}
	defer func() {
		s.release()
		r.scratch.Put(s)
	}()
	doc := s.scan.Scan(body)
	rw := &rewriter{reg: r, body: body, doc: doc, masked: doc.Masked(), pos: positions{body: body, line: 1}, scratch: s,
		units: s.units[:0], findings: make([]Finding, 0, min(len(cands), 64))} // a finding a candidate, as a rule
	defer func() { s.units = rw.units }()
	if err := rw.run(cands); err != nil {
		return body, nil, err
	}
	if len(rw.findings) == 0 {
		rw.findings = nil
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

	para    *paragraph         // the paragraph read last
	broken  bool               // the unreadable shortcode was reported
	parsed  map[int][]*Element // HTML blocks tokenized ahead, by index
	scratch *scratch           // memory to reuse
	crlf    int8               // the body holds "\r\n": 0 not looked yet, 1 no, 2 yes
}

// A unit is an embed (and its companions) to replace with a shortcode.
type unit struct {
	start, end int
	shortcode  string
	caption    string // Shortcode.Caption
	inline     bool   // in a paragraph: replaced in place
	finding    int    // index in rewriter.findings
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

// element hands el to the providers and records what comes of it. It
// reports whether el is dealt with: converted, left by a provider, or
// reported; an element nobody claims that is not reported (a div) is
// not, and its children are looked at next.
func (rw *rewriter) element(el *Element, next []*Element, inline bool) (bool, error) {
	reportable := slices.Contains(reportTags, el.Tag)
	line, col := rw.pos.at(el.start)
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
	if sc, ok := rw.doc.ShortcodeIn(el.start, el.end); ok {
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
			return true, &Error{Line: line, Col: col, Provider: p.Name(), Msg: fmt.Sprintf("provider %q returned %v", p.Name(), err)}
		}
		end := el.end
		if sc.Consumed > 0 {
			end = next[sc.Consumed-1].end
		}
		if sc.Skip != "" {
			rw.leave(el, p.Name(), sc.Skip)
			rw.done = max(rw.done, end)
			return true, nil
		}
		if s, ok := rw.doc.ShortcodeIn(el.start, end); ok {
			rw.leave(el, p.Name(), "its companions hold the shortcode "+shortcodeName(s))
			return true, nil
		}
		if !inline { // in a paragraph, paragraph.overlapsCode checked it
			if what := rw.protectedIn(el.start, end); what != "" {
				rw.leave(el, p.Name(), "it runs on past a blank line, over "+what+", which the shortcode would lose")
				return true, nil
			}
		}
		text := sc.String()
		rw.units = append(rw.units, unit{start: el.start, end: end, shortcode: text, caption: sc.Caption, inline: inline, finding: len(rw.findings)})
		rw.findings = append(rw.findings, Finding{Line: line, Col: col, Provider: p.Name(), Shortcode: text, Converted: true, Reason: sc.Note})
		if sc.Caption != "" {
			rw.note(rw.units[len(rw.units)-1], "its caption kept as text after it")
		}
		rw.done = max(rw.done, end)
		return true, nil
	}
	if reportable {
		rw.leave(el, "", unknown(el))
	}
	return reportable, nil
}

// protectedIn says what of the body between start and end Markdown reads
// as code or as a comment ("Markdown code", "an HTML comment"), or returns
// "". An element left open by its HTML block is read on through the blocks
// after it (a tweet with a blank line inside), where Markdown may read code
// blocks, code spans and comments: a unit in an HTML block must not take
// them, as it never takes code. (A unit in a paragraph is checked against
// its code spans when it is read: see paragraph.overlapsCode.)
func (rw *rewriter) protectedIn(start, end int) string {
	blocks, lines := rw.doc.Blocks(), rw.doc.Lines()
	overlaps := func(s, e int) bool { return s < end && start < e }
	seen := -1
	for l := max(rw.doc.LineAt(start), 0); l < len(lines) && lines[l].Start < end; l++ {
		b := lines[l].Block
		if b < 0 || b == seen {
			continue
		}
		seen = b
		blk := blocks[b]
		from, to := lines[blk.First].Content, lines[blk.Last].End
		switch {
		case blk.Kind.IsCode() && overlaps(from, to):
			return "Markdown code"
		case blk.Kind == mdscan.HTMLBlock && blk.HTMLType == 2:
			if i := bytes.Index(rw.masked[from:to], []byte("-->")); i >= 0 {
				to = from + i + 3 // the comment, not what follows it on its line
			}
			if overlaps(from, to) {
				return "an HTML comment"
			}
		case blk.Kind == mdscan.Paragraph || blk.Kind == mdscan.Heading:
			for _, s := range rw.doc.Inline(b) {
				if s.Kind == mdscan.CodeSpan && overlaps(s.Start, s.End) {
					return "Markdown code"
				}
				if s.Kind == mdscan.HTMLComment && overlaps(s.Start, s.End) {
					return "an HTML comment"
				}
			}
		}
	}
	return ""
}

// leave reports el as left alone, and skips it.
func (rw *rewriter) leave(el *Element, provider, reason string) {
	line, col := rw.pos.at(el.start)
	rw.findings = append(rw.findings, Finding{Line: line, Col: col, Provider: provider, Reason: reason})
	rw.done = max(rw.done, el.end)
}

func shortcodeName(sc mdscan.Shortcode) string {
	if sc.Markdown {
		return "{{% " + sc.Name + " %}}"
	}
	return "{{< " + sc.Name + " >}}"
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
