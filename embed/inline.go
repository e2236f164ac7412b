package embed

// Embeds inside paragraphs and headings: raw HTML in a line of text.

import (
	"slices"
	"strings"

	"github.com/hugofmt/hugofmt/internal/mdscan"
)

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
