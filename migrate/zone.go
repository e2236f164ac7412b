package migrate

import (
	"bytes"

	"github.com/hugofmt/hugofmt/internal/mdscan"
)

// A zone is what a stretch of the body is to Hugo, from the freest to the
// most protected. The rules rewrite text only; Jekyll's raw tag, which
// Jekyll strips everywhere, also code.
type zone uint8

const (
	inText      zone = iota // Markdown text: a paragraph, a heading, an ordinary HTML block
	inCode                  // a fenced or indented code block, or a code span
	inComment               // an HTML comment
	inRawHTML               // HTML Markdown leaves alone: <pre>, <script>, <style>, <textarea>, <?…?>, <!X…>, CDATA
	inShortcode             // a Hugo shortcode, inner content included, which Hugo runs even in code
)

// zone returns the most protected zone that any byte of text[start:end]
// lies in.
func (p *pass) zone(start, end int) zone {
	doc := p.scan()
	if _, ok := doc.ShortcodeIn(start, max(end, start+1)); ok {
		return inShortcode
	}
	z := inText
	lines := doc.Lines()
	first, last := doc.LineAt(start), doc.LineAt(max(end-1, start))
	if first < 0 {
		return z
	}
	if last < 0 {
		last = len(lines) - 1
	}
	for l := first; l <= last; l++ {
		b := lines[l].Block
		if b < 0 {
			continue
		}
		z = max(z, p.blockZone(b, start, end))
		l = max(l, doc.Blocks()[b].Last)
	}
	return z
}

// blockZone returns the zone of the bytes [start, end) of block b.
func (p *pass) blockZone(b, start, end int) zone {
	doc := p.scan()
	blk := doc.Blocks()[b]
	switch blk.Kind {
	case mdscan.FencedCode, mdscan.IndentedCode:
		return inCode
	case mdscan.HTMLBlock:
		switch blk.HTMLType {
		case 2:
			return inComment
		case 6, 7:
			lines := doc.Lines()
			if overlapsComment(p.text[:lines[blk.Last].End], lines[blk.First].Start, start, end) {
				return inComment
			}
			return inText
		}
		return inRawHTML
	}
	z := inText
	for _, s := range p.inline(b) {
		if s.Start >= end || start >= s.End {
			continue
		}
		switch s.Kind {
		case mdscan.CodeSpan:
			z = max(z, inCode)
		case mdscan.HTMLComment:
			z = max(z, inComment)
		}
	}
	return z
}

// inline returns the inline spans of paragraph or heading b.
func (p *pass) inline(b int) []mdscan.Span {
	if s, ok := p.spans[b]; ok {
		return s
	}
	if p.spans == nil {
		p.spans = map[int][]mdscan.Span{}
	}
	s := p.scan().Inline(b)
	p.spans[b] = s
	return s
}

// overlapsComment reports whether an HTML comment of text, the first
// starting at or after from, overlaps the bytes [start, end).
func overlapsComment(text []byte, from, start, end int) bool {
	for from < end {
		i := bytes.Index(text[from:], []byte("<!--"))
		if i < 0 {
			return false
		}
		cs := from + i
		ce := len(text)
		if j := bytes.Index(text[cs+4:], []byte("-->")); j >= 0 {
			ce = cs + 4 + j + 3
		}
		if cs < end && start < ce {
			return true
		}
		from = ce
	}
	return false
}
