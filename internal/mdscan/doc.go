// Package mdscan reads the structure of a Hugo content body the way Hugo
// does, fast enough to run on every page of a site: where its shortcodes
// are, which lines are code, raw HTML or text, and what is inside a
// paragraph's code spans.
//
// Hugo first cuts shortcodes out of the body with its page lexer, which
// sees them everywhere, even in code, then renders the rest with goldmark.
// Scan does the same: it finds the shortcodes as Hugo's lexer does, then
// splits the body into blocks as goldmark v1.8 does with the extensions
// Hugo enables (footnotes and definition lists add block syntax), reading
// each shortcode as the one-line placeholder Hugo puts in its place. The
// block split is our own code, several times faster than goldmark's parser
// (BenchmarkScanSeed, BenchmarkGoldmarkSeed); tests hold it to goldmark on a
// corpus of real sites, on generated documents and under fuzzing. Code
// spans and inline HTML, needed only for the few paragraphs a caller asks
// about, come from goldmark itself.
//
// Positions are byte offsets into the body given to Scan.
package mdscan

import (
	"bytes"
	"math"
	"slices"
	"sort"
)

// A Kind is the kind of a leaf block.
type Kind uint8

// The kinds of leaf blocks.
const (
	Paragraph     Kind = iota + 1 // text; also a definition term or a table
	Heading                       // an ATX or setext heading, underline included
	ThematicBreak                 // a thematic break (---, ***, ___)
	FencedCode                    // a fenced code block, fences included
	IndentedCode                  // an indented code block
	HTMLBlock                     // a raw HTML block
)

var kindNames = [...]string{Paragraph: "paragraph", Heading: "heading", ThematicBreak: "thematic break",
	FencedCode: "fenced code", IndentedCode: "indented code", HTMLBlock: "HTML block"}

// String names the kind: "paragraph", "fenced code", "HTML block" ….
func (k Kind) String() string {
	if int(k) < len(kindNames) && kindNames[k] != "" {
		return kindNames[k]
	}
	return "none"
}

// IsCode reports whether the block is a fenced or indented code block.
func (k Kind) IsCode() bool { return k == FencedCode || k == IndentedCode }

// A Line is one line of the body as goldmark reads it. A shortcode spanning
// several lines is read as one placeholder, so its lines count as one.
type Line struct {
	Start   int // offset of the line's first byte
	Content int // where its block's content starts: after container markers (">", list indentation)
	End     int // just past its newline, or the end of the body
	Block   int // index in Doc.Blocks of the block holding it, -1 for none (blank, or container markers only)
	// Interrupts reports that the line starts a block that would also
	// start right after a line of paragraph text (a heading, a fence, a
	// list item, a block quote, an HTML block of types 1–6 …) instead of
	// continuing the paragraph.
	Interrupts bool
}

// A Block is a leaf block: a run of lines of one kind.
type Block struct {
	Kind        Kind
	HTMLType    int // for HTML blocks, the CommonMark block type, 1–7
	First, Last int // its first and last lines, indices in Doc.Lines
	// Parent identifies the innermost container holding the block: 0 for
	// the document itself; blocks in the same block quote, list item,
	// footnote or definition share it.
	Parent int
	// InListItem reports that the innermost container is a list item.
	InListItem bool
}

// A Doc is the structure of one body.
type Doc struct {
	src        []byte
	view       []byte // src with shortcodes masked, as goldmark sees it
	lines      []Line
	blocks     []Block
	shortcodes []Shortcode
	top        []Shortcode // shortcodes not nested in another, sorted
	err        *SyntaxError
	spans      map[int][]Span // the inline spans At asked for, by block
	// fresh has bit l set when line l starts a block at the top level
	// with nothing open before it: what follows reads the same whatever
	// came before (see Rescan).
	fresh  []uint64
	nextID int // container ids given so far
}

// MaxBody is the size of the largest body Scan reads: offsets are kept in
// 32 bits. A larger body is returned without lines or blocks.
const MaxBody = math.MaxInt32

// Scan reads the structure of body. It never fails: a shortcode Hugo's
// lexer rejects is reported by Err, and the rest of the body after it is
// read as part of it.
func Scan(body []byte) *Doc {
	d := *new(Scanner).Scan(body) // the Doc alone: the scan's working memory can go
	return &d
}

// A Scanner reads one body after another, as Scan does, reusing for each
// the memory of the last: the Doc it returns is valid only until its next
// Scan. The zero Scanner is ready to use; it is not safe for concurrent
// use.
type Scanner struct {
	doc   Doc
	view  []byte      // the masked copy of a body with shortcodes
	state []lineState // what the block scan learns of each line
	slab  []node      // the first chunk of nodes
	nodes int         // the most nodes a scan needed
	s     scanner
	r     reader
}

// Scan reads the structure of body, as the function Scan does, into
// memory the Doc of the previous call leaves: that Doc must no longer be
// used.
func (sc *Scanner) Scan(body []byte) *Doc {
	d := &sc.doc
	clear(d.spans)
	*d = Doc{src: body, view: body, lines: d.lines[:0], blocks: d.blocks[:0], top: d.top[:0],
		fresh: d.fresh[:0], spans: d.spans}
	if len(body) > MaxBody {
		return d
	}
	d.shortcodes, d.err = scanShortcodes(body)
	sc.mask()
	sc.scanBlocks()
	return d
}

// Release drops what the Scanner holds of the last body, the body itself
// and what points into it, and keeps its memory for the next Scan: the
// Doc it returned must no longer be used.
func (s *Scanner) Release() {
	d := &s.doc
	clear(d.spans)
	clear(d.top)
	*d = Doc{lines: d.lines[:0], blocks: d.blocks[:0], top: d.top[:0], fresh: d.fresh[:0], spans: d.spans}
	s.r = reader{buf: s.r.buf[:0]}
}

// mask makes the view goldmark reads: each shortcode, inner content
// included, becomes a run of "x" without newlines, as Hugo replaces it by
// a placeholder; an escaped one is left as the text it is.
func (s *Scanner) mask() {
	d := &s.doc
	end := -1
	for _, sc := range d.shortcodes {
		if sc.Start < end {
			continue // nested in the previous one
		}
		d.top = append(d.top, sc)
		end = sc.End
	}
	if d.err != nil {
		d.top = append(d.top, Shortcode{Start: d.err.Offset, End: len(d.src),
			InnerStart: len(d.src), InnerEnd: len(d.src)})
	}
	cloned := false
	for _, sc := range d.top {
		if sc.Escaped {
			continue
		}
		if !cloned {
			s.view = append(s.view[:0], d.src...)
			d.view, cloned = s.view, true
		}
		for i := sc.Start; i < sc.End; i++ {
			d.view[i] = 'x'
		}
	}
}

func (sc *Scanner) scanBlocks() {
	d := &sc.doc
	lines := sc.state[:0]
	if lines == nil { // a new Scanner: count the lines once
		lines = make([]lineState, 0, bytes.Count(d.view, []byte("\n"))+1)
	}
	for start := 0; start < len(d.view); {
		end := len(d.view) // a last line without a newline
		if j := bytes.IndexByte(d.view[start:], '\n'); j >= 0 {
			end = start + j + 1
		}
		lines = append(lines, lineState{end: int32(end)})
		start = end
	}
	sc.state = lines
	n := len(lines)
	d.fresh = resize(d.fresh, (n+63)/64)
	clear(d.fresh)
	// Nodes come from one slab sized for the most a scan needed so far
	// (for the first, a block or two per line at most, as a rule), then
	// from chunks.
	if want := max(sc.nodes, n/2+8); cap(sc.slab) < want {
		sc.slab = make([]node, 0, want)
	}
	sc.r = reader{src: d.view, lines: lines, line: -1, buf: sc.r.buf[:0]}
	sc.r.advanceLine()
	s := &sc.s
	*s = scanner{r: &sc.r, lines: lines, fresh: d.fresh, slab: sc.slab[:0], open: s.open[:0]}
	s.root = s.newNode(nDocument)
	s.parse()
	d.nextID = s.nextID
	sc.nodes = max(sc.nodes, s.nodes)

	d.lines = resize(d.lines, n)
	blocks := 0
	var prev *node
	for _, ls := range lines {
		if leaf := ls.leaf; leaf != nil && (leaf != prev || leaf.terms) {
			blocks++
		}
		prev = ls.leaf
	}
	d.blocks = slices.Grow(d.blocks[:0], blocks)
	start := 0
	prev = nil
	for i, ls := range lines {
		l := Line{Start: start, Content: start, End: int(ls.end), Block: -1, Interrupts: ls.interrupts}
		if leaf := ls.leaf; leaf != nil {
			l.Content = int(ls.content)
			if leaf != prev || leaf.terms {
				d.blocks = append(d.blocks, newBlock(leaf, i))
			}
			l.Block = len(d.blocks) - 1
			d.blocks[l.Block].Last = i
		}
		prev = ls.leaf
		d.lines[i] = l
		start = int(ls.end)
	}
}

// resize returns s with length n, reusing its array when it is large
// enough; the elements are not cleared.
func resize[S ~[]E, E any](s S, n int) S {
	if cap(s) < n {
		return make(S, n)
	}
	return s[:n]
}

func newBlock(n *node, line int) Block {
	b := Block{Kind: leafKinds[n.kind], HTMLType: int(n.htmlType), First: line, Last: line}
	if c := n.container; c != nil {
		b.Parent = int(c.id)
		b.InListItem = c.kind == nListItem
	}
	return b
}

var leafKinds = [...]Kind{
	nParagraph: Paragraph, nHeading: Heading, nThematicBreak: ThematicBreak,
	nFencedCode: FencedCode, nCodeBlock: IndentedCode, nHTMLBlock: HTMLBlock, nTable: Paragraph,
	nLinkReference: Paragraph,
}

// Indent returns the width of the white space b, tabs counting to the
// next multiple of four, as Markdown counts indentation: at 4 or more, a
// line after a blank one is indented code.
func Indent(b []byte) int {
	w, _ := indentWidth(b, 0)
	return w
}

// Source returns the body the Doc was scanned from.
func (d *Doc) Source() []byte { return d.src }

// Lines returns the lines of the body, in order. The slice is the Doc's
// own: do not modify it.
func (d *Doc) Lines() []Line { return d.lines }

// Blocks returns the leaf blocks of the body, in order. The slice is the
// Doc's own: do not modify it.
func (d *Doc) Blocks() []Block { return d.blocks }

// Shortcodes returns the shortcodes of the body in the order they start,
// a paired one before those nested in it.
func (d *Doc) Shortcodes() []Shortcode { return d.shortcodes }

// Err returns the first shortcode Hugo's lexer would reject, or nil.
// Hugo cannot build a page holding one.
func (d *Doc) Err() *SyntaxError { return d.err }

// LineAt returns the index of the line holding offset off, or -1 when off
// is outside the body.
func (d *Doc) LineAt(off int) int {
	if off < 0 || off >= len(d.src) || len(d.lines) == 0 {
		return -1
	}
	return sort.Search(len(d.lines), func(i int) bool { return d.lines[i].End > off })
}

// BlockAt returns the index of the block holding offset off, or -1 when
// no block holds it (a blank line, container markers, outside the body).
func (d *Doc) BlockAt(off int) int {
	l := d.LineAt(off)
	if l < 0 || off < d.lines[l].Content {
		return -1
	}
	return d.lines[l].Block
}

// ShortcodeAt returns the outermost shortcode holding offset off, inner
// content included, if any. Past a shortcode Hugo's lexer rejects, the
// whole rest of the body counts as one, with an empty name.
func (d *Doc) ShortcodeAt(off int) (Shortcode, bool) {
	i := sort.Search(len(d.top), func(i int) bool { return d.top[i].End > off })
	if i < len(d.top) && d.top[i].Start <= off {
		return d.top[i], true
	}
	return Shortcode{}, false
}

// ShortcodeIn returns the first outermost shortcode overlapping the bytes
// [start, end), if any.
func (d *Doc) ShortcodeIn(start, end int) (Shortcode, bool) {
	i := sort.Search(len(d.top), func(i int) bool { return d.top[i].End > start })
	if i < len(d.top) && d.top[i].Start < end {
		return d.top[i], true
	}
	return Shortcode{}, false
}

// Masked returns the body as goldmark reads it: each shortcode, inner
// content included, replaced by as many "x" as it has bytes. It is the
// body itself when there is no shortcode; do not modify it.
func (d *Doc) Masked() []byte { return d.view }
