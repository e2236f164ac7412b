package embed

import (
	"bytes"
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

	// Start and End delimit the element in the fragment it was parsed
	// from: from its start tag's "<" to just past its end tag's ">", or
	// past the start tag when the element has no end tag (void elements,
	// self-closing tags, an iframe whose "</iframe>" is missing).
	Start, End int
	// TagEnd is just past the start tag's ">".
	TagEnd int

	content []piece // text and child elements, in source order
	// complete is false for an element whose end tag the fragment lacks
	// (other than a void element, a self-closing tag or an iframe, which
	// end at their start tag).
	complete bool
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
	return slices.Contains(strings.Fields(e.Attr("class")), name)
}

// Text returns the text content of the element and its descendants, with
// entities decoded and runs of white space folded into one space.
func (e *Element) Text() string {
	var b bytes.Buffer
	e.appendText(&b)
	return strings.Join(strings.Fields(b.String()), " ")
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
func parseElements(frag []byte) []*Element {
	z := html.NewTokenizer(bytes.NewReader(frag))
	var (
		roots []*Element
		stack []*Element
		pos   int
	)
	top := func() *Element {
		if len(stack) == 0 {
			return nil
		}
		return stack[len(stack)-1]
	}
	for {
		tt := z.Next()
		raw := z.Raw()
		start := pos
		pos += len(raw)
		switch tt {
		case html.ErrorToken:
			// Close what is still open at the end of the fragment.
			for _, e := range stack {
				e.End = pos
			}
			return roots
		case html.TextToken:
			if p := top(); p != nil {
				p.content = append(p.content, piece{text: string(z.Text())})
			}
		case html.StartTagToken, html.SelfClosingTagToken:
			name, hasAttr := z.TagName()
			e := &Element{Tag: string(name), Start: start, TagEnd: pos, End: pos, Parent: top()}
			for hasAttr {
				var k, v []byte
				k, v, hasAttr = z.TagAttr()
				e.Attrs = append(e.Attrs, html.Attribute{Key: string(k), Val: string(v)})
			}
			if p := e.Parent; p != nil {
				p.Children = append(p.Children, e)
				p.content = append(p.content, piece{el: e})
			} else {
				roots = append(roots, e)
			}
			if tt == html.SelfClosingTagToken {
				// <iframe/> and <script/> hold nothing.
				z.NextIsNotRawText()
				e.complete = true
				continue
			}
			if isVoid(e.Tag) {
				e.complete = true
				continue
			}
			if e.Tag == "iframe" {
				// Read what follows as markup, so that a missing </iframe>
				// cannot swallow the rest of the fragment; without one, the
				// iframe ends at its start tag.
				z.NextIsNotRawText()
				if !closedBeforeNext(frag[pos:], "iframe") {
					e.complete = true
					continue
				}
			}
			stack = append(stack, e)
		case html.EndTagToken:
			name, _ := z.TagName()
			for i := len(stack) - 1; i >= 0; i-- {
				if stack[i].Tag != string(name) {
					continue
				}
				// Elements opened inside and never closed end here.
				for _, open := range stack[i+1:] {
					open.End = start
				}
				stack[i].End, stack[i].complete = pos, true
				stack = stack[:i]
				break
			}
		}
	}
}

// closedBeforeNext reports whether rest holds an end tag for tag before any
// other start tag for it. Tag names are matched without regard to case.
func closedBeforeNext(rest []byte, tag string) bool {
	lower := bytes.ToLower(rest)
	end := bytes.Index(lower, []byte("</"+tag))
	if end < 0 {
		return false
	}
	next := bytes.Index(lower, []byte("<"+tag))
	return next < 0 || next > end
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
