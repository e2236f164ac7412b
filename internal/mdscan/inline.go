package mdscan

import (
	"bytes"
	"sort"
	"sync"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
)

// A SpanKind is what an inline span of a paragraph is.
type SpanKind uint8

// The kinds of inline spans.
const (
	CodeSpan    SpanKind = iota + 1 // the content of a code span, without its backquotes
	RawHTML                         // an inline HTML tag
	HTMLComment                     // an inline HTML comment
)

// A Span is a stretch of a paragraph that goldmark reads as code or raw
// HTML.
type Span struct {
	Kind       SpanKind
	Start, End int
}

// Inline returns the code spans, inline HTML tags and comments of block b,
// a paragraph or a heading, in order, as goldmark with Hugo's default
// extensions parses them. It returns nil for other blocks.
func (d *Doc) Inline(b int) []Span {
	if b < 0 || b >= len(d.blocks) {
		return nil
	}
	blk := d.blocks[b]
	if blk.Kind != Paragraph && blk.Kind != Heading {
		return nil
	}
	segs := d.inlineSegments(blk)
	if len(segs) == 0 {
		return nil
	}
	pc := parser.NewContext()
	pc.Set(segmentsKey, segs)
	root := inlineParser().Parse(text.NewReader(d.view), parser.WithContext(pc))
	var spans []Span
	_ = ast.Walk(root, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch n := n.(type) {
		case *ast.CodeSpan:
			first, last := n.FirstChild(), n.LastChild()
			if t, ok := first.(*ast.Text); ok {
				if u, ok := last.(*ast.Text); ok {
					spans = append(spans, Span{CodeSpan, t.Segment.Start, u.Segment.Stop})
				}
			}
			return ast.WalkSkipChildren, nil
		case *ast.RawHTML:
			if n.Segments.Len() > 0 {
				start, end := n.Segments.At(0).Start, n.Segments.At(n.Segments.Len()-1).Stop
				kind := RawHTML
				if bytes.HasPrefix(d.view[start:], []byte("<!--")) {
					kind = HTMLComment
				}
				spans = append(spans, Span{kind, start, end})
			}
		}
		return ast.WalkContinue, nil
	})
	sort.Slice(spans, func(i, j int) bool { return spans[i].Start < spans[j].Start })
	return spans
}

// inlineSegments returns the text of a paragraph or heading as goldmark's
// block parsers leave it for the inline parser: each line from its content
// start, leading space trimmed, the last line's trailing space trimmed.
func (d *Doc) inlineSegments(b Block) []text.Segment {
	last := b.Last
	if b.Kind == Heading {
		if l := d.lines[b.First]; bytes.HasPrefix(bytes.TrimLeft(d.view[l.Content:l.End], " \t"), []byte("#")) {
			return d.atxSegment(l)
		}
		last-- // a setext heading's underline
	}
	var segs []text.Segment
	for i := b.First; i <= last; i++ {
		l := d.lines[i]
		start := l.Content
		for start < l.End && isSpace(d.view[start]) && d.view[start] != '\n' {
			start++
		}
		end := l.End
		if i == last {
			for end > start && isSpace(d.view[end-1]) {
				end--
			}
		}
		segs = append(segs, text.NewSegment(start, end))
	}
	return segs
}

// atxSegment returns the text of an ATX heading: after its opening #s.
func (d *Doc) atxSegment(l Line) []text.Segment {
	start := l.Content
	for start < l.End && (d.view[start] == ' ' || d.view[start] == '\t') {
		start++
	}
	for start < l.End && d.view[start] == '#' {
		start++
	}
	end := l.End
	for end > start && isSpace(d.view[end-1]) {
		end--
	}
	return []text.Segment{text.NewSegment(start, end)}
}

var (
	segmentsKey = parser.NewContextKey()
	doneKey     = parser.NewContextKey()
)

// inlineParser returns a goldmark parser with the inline syntax Hugo
// enables by default, whose only block parser turns the segments found in
// the parse context into one paragraph. goldmark parsers are safe for
// concurrent use.
var inlineParser = sync.OnceValue(func() parser.Parser {
	md := goldmark.New(
		goldmark.WithExtensions(
			extension.Table, extension.Strikethrough, extension.Linkify,
			extension.TaskList, extension.Typographer, extension.Footnote,
		),
		goldmark.WithParserOptions(
			parser.WithAttribute(),
			parser.WithBlockParsers(util.Prioritized(paragraphOf{}, 0)),
		),
	)
	return md.Parser()
})

// paragraphOf is a block parser that makes one paragraph of the segments
// in the parse context, then ends the document.
type paragraphOf struct{}

func (paragraphOf) Trigger() []byte {
	all := make([]byte, 256)
	for i := range all {
		all[i] = byte(i)
	}
	return all
}

func (paragraphOf) Open(_ ast.Node, r text.Reader, pc parser.Context) (ast.Node, parser.State) {
	if pc.Get(doneKey) != nil {
		return nil, parser.NoChildren
	}
	pc.Set(doneKey, true)
	p := ast.NewParagraph()
	for _, seg := range pc.Get(segmentsKey).([]text.Segment) {
		p.Lines().Append(seg)
	}
	line, _ := r.Position()
	n := len(r.Source())
	r.SetPosition(line, text.NewSegment(n, n))
	return p, parser.NoChildren
}

func (paragraphOf) Continue(ast.Node, text.Reader, parser.Context) parser.State { return parser.Close }
func (paragraphOf) Close(ast.Node, text.Reader, parser.Context)                 {}
func (paragraphOf) CanInterruptParagraph() bool                                 { return true }
func (paragraphOf) CanAcceptIndentedLine() bool                                 { return true }
