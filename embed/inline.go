package embed

// Embeds inside paragraphs and headings: raw HTML in a line of text.

import (
	"bytes"
	"slices"
	"strings"

	"github.com/hugofmt/hugofmt/internal/mdscan"
)

// A paragraph is the inline HTML of one paragraph or heading, read once
// for all the candidates it holds.
type paragraph struct {
	block int           // its index in Doc.Blocks
	spans []mdscan.Span // its code spans, tags and comments, in order
	code  []mdscan.Span // its code spans alone
	els   []*Element    // its elements, at any depth, in the order they start
	next  [][]*Element  // for each of els, the elements after it that go with it (Embed.Next)
}

// inline handles the candidate at offset p in paragraph or heading b.
func (rw *rewriter) inline(b, p int) error {
	para := rw.paragraph(b)
	if s, ok := spanAt(para.spans, p); !ok || s.Kind != mdscan.RawHTML || s.Start != p {
		if !ok && (p == 0 || rw.body[p-1] != '\\') {
			rw.malformed(p)
		}
		return nil // code, a comment, or text that only looks like a tag
	}
	i, ok := slices.BinarySearchFunc(para.els, p, func(e *Element, p int) int { return e.start - p })
	if !ok {
		return nil
	}
	el := para.els[i]
	if para.overlapsCode(el.start, el.end) {
		rw.leave(el, "", "it spans a code span")
		return nil
	}
	if !el.complete && slices.Contains(reportTags, el.Tag) {
		rw.leave(el, "", "a lone <"+el.Tag+"> tag in text, which Hugo leaves out as raw HTML (backquotes would show it)")
		return nil
	}
	_, err := rw.element(el, para.next[i], true)
	return err
}

// paragraph returns the inline HTML of paragraph or heading b, reading it
// on the first call for b.
func (rw *rewriter) paragraph(b int) *paragraph {
	if para := rw.para; para != nil && para.block == b {
		return para
	}
	para := &paragraph{block: b, spans: rw.doc.Inline(b)}
	for _, s := range para.spans {
		if s.Kind == mdscan.CodeSpan {
			para.code = append(para.code, s)
		}
	}
	blk := rw.doc.Blocks()[b]
	frag, start := rw.fragment(blk.First, blk.Last, rw.doc.Lines()[blk.First].Content)
	els := parseInline(frag, markupOnly(frag, start, para.spans))
	shift(els, start)
	rw.index(para, els)
	rw.para = para
	return para
}

// index adds sibs, the children of one element (or the top-level
// elements), and their descendants to para.els, in order, each with the
// siblings after it that go with it.
func (rw *rewriter) index(para *paragraph, sibs []*Element) {
	ends := runEnds(sibs, func(el, s *Element) bool { return rw.goesWith(para, el, s) })
	for i, el := range sibs {
		para.els = append(para.els, el)
		para.next = append(para.next, sibs[i+1:ends[i]:ends[i]])
		rw.index(para, el.Children)
	}
}

// goesWith reports whether s, the sibling after el, goes with it: it
// follows el with nothing but white space between, as a tag of its own,
// and does not span a code span.
func (rw *rewriter) goesWith(para *paragraph, el, s *Element) bool {
	sp, ok := spanAt(para.spans, s.start)
	return ok && sp.Kind == mdscan.RawHTML && sp.Start == s.start &&
		rw.onlySpace(el.end, s.start) && !para.overlapsCode(s.start, s.end)
}

// markupOnly returns frag, the stretch of the body from offset start, with
// every "<" that lies in none of spans' tags and comments turned into a
// NUL, which the tokenizer reads as text: a "<" in a code span or escaped
// does not start a tag for Markdown. It returns frag itself when there is
// none to hide.
func markupOnly(frag []byte, start int, spans []mdscan.Span) []byte {
	out := frag
	j := 0 // spans before j end before the "<" being looked at
	for i := bytes.IndexByte(frag, '<'); i >= 0; {
		for j < len(spans) && spans[j].End <= start+i {
			j++
		}
		if j == len(spans) || spans[j].Start > start+i || spans[j].Kind == mdscan.CodeSpan {
			if &out[0] == &frag[0] {
				out = bytes.Clone(frag)
			}
			out[i] = 0
		}
		k := bytes.IndexByte(frag[i+1:], '<')
		if k < 0 {
			break
		}
		i += 1 + k
	}
	return out
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

// overlapsCode reports whether the bytes [start, end) overlap one of the
// paragraph's code spans.
func (para *paragraph) overlapsCode(start, end int) bool {
	// The first code span ending after start.
	i, _ := slices.BinarySearchFunc(para.code, start, func(s mdscan.Span, start int) int {
		if s.End <= start {
			return -1
		}
		return 1
	})
	return i < len(para.code) && para.code[i].Start < end
}
