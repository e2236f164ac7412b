package mdscan

import "bytes"

// A Context says what an offset of a body is part of, as Hugo reads it.
type Context uint8

// The contexts At reports.
const (
	Text        Context = iota // Markdown text: a paragraph, a heading, a blank line
	Code                       // a fenced or indented code block, or a code span
	Comment                    // an HTML comment, as a block or inline
	HTML                       // raw HTML outside comments, as a block or an inline tag
	InShortcode                // a shortcode's tags, a paired one's inner content, an escaped one
)

var contextNames = [...]string{Text: "text", Code: "code", Comment: "comment", HTML: "HTML", InShortcode: "shortcode"}

// String names the context: "text", "code", "comment", "HTML", "shortcode".
func (c Context) String() string {
	if int(c) < len(contextNames) {
		return contextNames[c]
	}
	return "unknown"
}

// At says what offset off of the body is part of. A shortcode wins over
// everything (Hugo reads shortcodes first, even in code). The first
// question about a paragraph parses its inline syntax with goldmark; the
// answer is kept, so a Doc must not be used by several goroutines at once
// for At.
func (d *Doc) At(off int) Context {
	if _, ok := d.ShortcodeAt(off); ok {
		return InShortcode
	}
	b := d.BlockAt(off)
	if b < 0 {
		return Text
	}
	blk := d.blocks[b]
	switch blk.Kind {
	case FencedCode, IndentedCode:
		return Code
	case HTMLBlock:
		start, end := d.lines[blk.First].Content, d.lines[blk.Last].End
		if inComment(d.view[start:end], off-start) {
			return Comment
		}
		return HTML
	case Paragraph, Heading:
		if d.spans == nil {
			d.spans = map[int][]Span{}
		}
		spans, ok := d.spans[b]
		if !ok {
			spans = d.Inline(b)
			d.spans[b] = spans
		}
		for _, s := range spans {
			if s.Start <= off && off < s.End {
				return [...]Context{CodeSpan: Code, RawHTML: HTML, HTMLComment: Comment}[s.Kind]
			}
		}
	}
	return Text
}

// inComment reports whether offset off of an HTML block lies in one of its
// comments (<!-- … -->, or to the end of the block when unclosed).
func inComment(block []byte, off int) bool {
	for i := 0; i <= off; {
		j := bytes.Index(block[i:], []byte("<!--"))
		if j < 0 || i+j > off {
			return false
		}
		start := i + j
		end := bytes.Index(block[start+4:], []byte("-->"))
		if end < 0 {
			return true
		}
		i = start + 4 + end + 3
		if off < i {
			return true
		}
	}
	return false
}
