package embed

import (
	"bytes"
	"net/url"
	"slices"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// An Element is one HTML element of a candidate embed, as tokenized by
// golang.org/x/net/html: tag and attribute names are lower case, attribute
// values have their entities decoded (&amp; and &#038; are "&"), and any
// quoting style or attribute order reads the same.
type Element struct {
	Tag      string           // lower-case tag name
	Attrs    []html.Attribute // in source order; keys lower case, values decoded
	Children []*Element       // child elements, in source order
	Parent   *Element         // nil for a top-level element

	// start and end delimit the element, as offsets in the fragment it
	// was parsed from, which Rewrite moves to offsets in the body (shift):
	// from its start tag's "<" to just past its end tag's ">", or past the
	// start tag when the element has no end tag (void elements,
	// self-closing tags, an iframe whose "</iframe>" is missing).
	start, end int
	// tagEnd is just past the start tag's ">".
	tagEnd int

	content []piece // text and child elements, in source order
	// complete is false for an element whose end tag the fragment lacks
	// (other than a void element, a self-closing tag or an iframe, which
	// end at their start tag).
	complete bool

	src     *url.URL // the src attribute as parseURL reads it, once srcRead
	srcRead bool
	urls    urlCache // shared by the elements tokenized together
}

// A urlCache holds the URLs parseURL read, nil for a string that is not
// one, so that elements with the same src (the 31 Speaker Deck scripts of
// a post) share one parse. A nil urlCache keeps nothing.
type urlCache map[string]*url.URL

// parse returns parseURL's reading of s, from the cache when it is there.
func (c urlCache) parse(s string) *url.URL {
	if u, ok := c[s]; ok {
		return u
	}
	u, _ := parseURL(s)
	if c != nil {
		c[s] = u
	}
	return u
}

// piece is a run of text (entities decoded) or a child element.
type piece struct {
	text string
	el   *Element
}

// Attr returns the value of the named attribute (lower case), or "" when
// the element has none.
func (e *Element) Attr(name string) string {
	for _, a := range e.Attrs {
		if a.Key == name {
			return a.Val
		}
	}
	return ""
}

// HasAttr reports whether the element carries the named attribute, even
// with an empty value.
func (e *Element) HasAttr(name string) bool {
	for _, a := range e.Attrs {
		if a.Key == name {
			return true
		}
	}
	return false
}

// HasClass reports whether name is one of the element's classes.
func (e *Element) HasClass(name string) bool {
	for c := range strings.FieldsSeq(e.Attr("class")) {
		if c == name {
			return true
		}
	}
	return false
}

// srcOn returns the element's src attribute as parseURL reads it, and
// reports false unless it is on one of domains or a subdomain. The URL is
// read once and shared by every provider asking, and by the elements
// tokenized with this one that have the same src: do not modify it.
func (e *Element) srcOn(domains ...string) (*url.URL, bool) {
	if !e.srcRead {
		if !mayBeOn(e.Attr("src"), domains) {
			return nil, false
		}
		e.src = e.urls.parse(e.Attr("src"))
		e.srcRead = true
	}
	if e.src == nil || !hostIs(e.src, domains...) {
		return nil, false
	}
	return e.src, true
}

// Text returns the text content of the element and its descendants, with
// entities decoded and runs of white space folded into one space, as a
// browser shows them: HTML's white space is ASCII's, so a no-break or an
// ideographic space stays.
func (e *Element) Text() string {
	var b bytes.Buffer
	e.appendText(&b)
	return oneLine(b.String())
}

func (e *Element) appendText(b *bytes.Buffer) {
	for _, p := range e.content {
		if p.el != nil {
			// Elements separate words: "<p>a</p><p>b</p>" reads "a b".
			b.WriteByte(' ')
			p.el.appendText(b)
			b.WriteByte(' ')
			continue
		}
		b.WriteString(p.text)
	}
}

// Find returns the first descendant of e (depth first, in source order)
// for which match returns true, or nil.
func (e *Element) Find(match func(*Element) bool) *Element {
	for _, c := range e.Children {
		if match(c) {
			return c
		}
		if f := c.Find(match); f != nil {
			return f
		}
	}
	return nil
}

// FindAll returns the descendants of e with the given tag, depth first, in
// source order.
func (e *Element) FindAll(tag string) []*Element {
	var all []*Element
	for _, c := range e.Children {
		if c.Tag == tag {
			all = append(all, c)
		}
		all = append(all, c.FindAll(tag)...)
	}
	return all
}

// parseElements tokenizes an HTML fragment into a forest of elements.
// Unlike a browser it never lets one broken tag swallow the rest of the
// fragment: the content of an iframe is read as markup, and an iframe whose
// end tag is missing ends at its start tag, like a void element. End tags
// with no open element are ignored; other elements left open end where the
// fragment ends.
func parseElements(frag []byte) []*Element { return parseFragments([][]byte{frag}, nil)[0] }

// fragmentBreak returns what separates frag from the next fragment
// tokenized with it: whatever state the tokenizer is left in at its end (in
// an attribute value, a comment, the raw text of a script), it is back to
// reading markup after it. The "x" comes first for a fragment that ends
// after an attribute's "=": it starts an unquoted value, which the quotes
// cannot then open a quoted one that would run on into the next fragment.
func fragmentBreak(frag []byte) string {
	brk := `x"'>-->`
	var seen [len(rawTextTags)]bool
	for i := bytes.IndexByte(frag, '<'); i >= 0; {
		rest := frag[i+1:]
		for t, tag := range rawTextTags {
			if !seen[t] && len(rest) >= len(tag) && lowerEquals(rest[:len(tag)], tag) {
				seen[t] = true
				brk += "</" + tag + ">"
			}
		}
		j := bytes.IndexByte(rest, '<')
		if j < 0 {
			break
		}
		i += 1 + j
	}
	return brk
}

// rawTextTags are the elements whose content the tokenizer reads as text.
var rawTextTags = [...]string{"script", "style", "textarea", "title", "xmp", "noscript", "noframes", "noembed", "iframe"}

// parseFragments tokenizes each fragment as parseElements does, with one
// tokenizer for them all (each tokenizer costs a 4 KB buffer). Offsets are
// relative to each fragment. Every fragment, a lone one too, is followed
// by its break, so that what the tokenizer makes of a fragment's end (a
// "</" before the break reads as the start of a bogus comment, not as
// text) does not depend on whether other fragments come after it: a
// block reads the same tokenized with others or alone. The fragments are
// copied, with their breaks, into one buffer: *scratch, grown as needed,
// when scratch is not nil; the elements keep nothing of it.
func parseFragments(frags [][]byte, scratch *[]byte) [][]*Element {
	n := 0
	for _, f := range frags {
		n += len(f) + 32
	}
	var buf []byte
	if scratch != nil {
		buf = *scratch
		defer func() { *scratch = buf }()
	}
	buf = slices.Grow(buf[:0], n)
	starts, ends := make([]int, 0, len(frags)), make([]int, 0, len(frags))
	for _, f := range frags {
		starts = append(starts, len(buf))
		buf = append(buf, f...)
		ends = append(ends, len(buf))
		buf = append(buf, fragmentBreak(f)...)
	}
	b := newTreeBuilder(buf)
	out := make([][]*Element, len(frags))
	for i := range frags {
		out[i] = b.build(starts[i], ends[i])
	}
	return out
}

// parseInline tokenizes the HTML of a paragraph as Markdown reads it, in
// one pass: frag is the paragraph, and markup is frag with every "<" that
// starts none of its tags or comments hidden (see markupOnly), so that
// only those are read as markup. Unlike parseElements, it lets no element
// hold raw text: after a <script> or <style> tag in a paragraph, Markdown
// reads on, and finds the tags that follow.
func parseInline(frag, markup []byte) []*Element {
	b := newTreeBuilder(markup)
	b.inline = true
	if len(frag) > 0 && &markup[0] != &frag[0] {
		b.text = frag
	}
	return b.build(0, len(markup))
}

// treeBuilder turns tokens into elements, one fragment at a time.
type treeBuilder struct {
	z     *html.Tokenizer
	buf   []byte
	pos   int // offset in buf of the next token
	next  *pendingToken
	attrs []html.Attribute // scratch space for a tag's attributes

	urls   urlCache // the elements' shared URLs
	inline bool     // no raw text: see parseInline
	text   []byte   // where text tokens are read from, when not buf (see parseInline)

	// iframeEnd is where the next "</iframe" starts in buf, len(buf)
	// when there is none, -1 before the first search: iframeClosed
	// searches again only once past it, so that many iframes cost one
	// search.
	iframeEnd int
}

func newTreeBuilder(buf []byte) *treeBuilder {
	return &treeBuilder{z: html.NewTokenizer(bytes.NewReader(buf)), buf: buf, iframeEnd: -1, urls: urlCache{}}
}

// pendingToken is a token read past the end of the fragment being built.
type pendingToken struct {
	tt         html.TokenType
	start, end int
}

// build reads the tokens of buf[from:to] into a forest, offsets relative
// to from. Tokens before from (a fragment break) are skipped; a tag
// running past to (one left open by the fragment) is dropped, and a text
// token running past to or from keeps its part in the fragment.
func (b *treeBuilder) build(from, to int) []*Element {
	var roots, stack []*Element
	top := func() *Element {
		if len(stack) == 0 {
			return nil
		}
		return stack[len(stack)-1]
	}
	for {
		tt, start, end := b.token()
		if tt == html.ErrorToken || start >= to {
			b.next = &pendingToken{tt, start, end}
			for _, e := range stack { // left open: they end with the fragment
				e.end = to - from
			}
			return roots
		}
		if start < from || end > to {
			// A text token runs into the break before or after the
			// fragment: its part in the fragment is the fragment's text.
			if p := top(); p != nil && tt == html.TextToken && end > from {
				p.content = append(p.content, piece{text: html.UnescapeString(string(b.buf[max(start, from):min(end, to)]))})
			}
			continue
		}
		z := b.z
		switch tt {
		case html.TextToken:
			if p := top(); p != nil {
				p.content = append(p.content, piece{text: b.textOf(start, end)})
			}
		case html.StartTagToken, html.SelfClosingTagToken:
			name, hasAttr := z.TagName()
			e := &Element{Tag: intern(name), start: start - from, tagEnd: end - from, end: end - from, Parent: top(), urls: b.urls}
			b.attrs = b.attrs[:0]
			for hasAttr {
				var k, v []byte
				k, v, hasAttr = z.TagAttr()
				b.attrs = append(b.attrs, html.Attribute{Key: intern(k), Val: string(v)})
			}
			if len(b.attrs) > 0 {
				e.Attrs = slices.Clone(b.attrs)
			}
			if p := e.Parent; p != nil {
				p.Children = append(p.Children, e)
				p.content = append(p.content, piece{el: e})
			} else {
				roots = append(roots, e)
			}
			if tt == html.SelfClosingTagToken || b.inline {
				// <iframe/> and <script/> hold nothing.
				z.NextIsNotRawText()
			}
			if tt == html.SelfClosingTagToken || isVoid(e.Tag) {
				e.complete = true
				continue
			}
			if e.Tag == "iframe" {
				// Read what follows as markup, so that a missing </iframe>
				// cannot swallow the rest of the fragment; without one, the
				// iframe ends at its start tag.
				z.NextIsNotRawText()
				if !b.iframeClosed(end, to) {
					e.complete = true
					continue
				}
			}
			stack = append(stack, e)
		case html.EndTagToken:
			name, _ := z.TagName()
			for i := len(stack) - 1; i >= 0; i-- {
				if stack[i].Tag != string(name) { // no allocation: a comparison
					continue
				}
				// Elements opened inside and never closed end here.
				for _, open := range stack[i+1:] {
					open.end = start - from
				}
				stack[i].end, stack[i].complete = end-from, true
				stack = stack[:i]
				break
			}
		}
	}
}

// token returns the next token and where it lies in buf: the one build
// stopped at, if any, else a new one.
func (b *treeBuilder) token() (html.TokenType, int, int) {
	if t := b.next; t != nil {
		b.next = nil
		return t.tt, t.start, t.end
	}
	tt := b.z.Next()
	start := b.pos
	b.pos += len(b.z.Raw())
	return tt, start, b.pos
}

// intern returns name as a string, without allocating for the names HTML
// defines (tags and attributes: iframe, src, class …).
func intern(name []byte) string {
	if a := atom.Lookup(name); a != 0 {
		return a.String()
	}
	return string(name)
}

// textOf returns the text of the text token at buf[start:end], entities
// decoded.
func (b *treeBuilder) textOf(start, end int) string {
	if b.text == nil {
		return string(b.z.Text())
	}
	return html.UnescapeString(string(b.text[start:end]))
}

// iframeClosed reports whether buf[from:to] holds an "</iframe" before any
// other "<iframe", ASCII case ignored.
func (b *treeBuilder) iframeClosed(from, to int) bool {
	if from > b.iframeEnd {
		b.iframeEnd = len(b.buf)
		if i := indexFold(b.buf[from:], "</iframe"); i >= 0 {
			b.iframeEnd = from + i
		}
	}
	if b.iframeEnd >= to {
		return false
	}
	return indexFold(b.buf[from:b.iframeEnd], "<iframe") < 0
}

// indexFold returns the index of the first s in b, ASCII case ignored, or
// -1; s is lower case.
func indexFold(b []byte, s string) int {
	for i := 0; i+len(s) <= len(b); i++ {
		j := bytes.IndexByte(b[i:len(b)-len(s)+1], s[0])
		if j < 0 {
			return -1
		}
		i += j
		if lowerEquals(b[i:i+len(s)], s) {
			return i
		}
	}
	return -1
}

// isVoid reports whether tag is an HTML void element, which has no end tag.
func isVoid(tag string) bool {
	switch atom.Lookup([]byte(tag)) {
	case atom.Area, atom.Base, atom.Br, atom.Col, atom.Embed, atom.Hr, atom.Img,
		atom.Input, atom.Link, atom.Meta, atom.Param, atom.Source, atom.Track, atom.Wbr:
		return true
	}
	return false
}
