package embed

import "bytes"

// baseTags are the elements every registry looks at; reportTags, those of
// them Rewrite reports when no provider claims them: they only ever serve
// to embed something.
var (
	baseTags   = []string{"iframe", "script", "object", "embed", "blockquote"}
	reportTags = []string{"iframe", "script", "object", "embed"}
)

// candidates returns the offsets of the start tags in body ("<iframe",
// "<SCRIPT" …) of the elements r looks at, found with a plain byte search:
// most bodies have none, and cost only this.
func (r *Registry) candidates(body []byte) []int {
	var offs []int
	var ts tagScan
	for i := 0; ; {
		j := bytes.IndexByte(body[i:], '<')
		if j < 0 {
			return offs
		}
		i += j + 1
		if tag := r.tagAt(body[i:]); tag != "" && r.marked(tag, body, i, &ts) {
			offs = append(offs, i-1)
		}
	}
}

// tagAt returns the one of r's tags that b starts with, in any case,
// followed by what may follow a tag name, or "".
func (r *Registry) tagAt(b []byte) string {
	n := 0
	for n < len(b) && n <= maxTagLen && isTagByte(b[n]) {
		n++
	}
	if n == 0 || n > maxTagLen {
		return ""
	}
	if n < len(b) {
		switch b[n] {
		case ' ', '\t', '\n', '\r', '\f', '/', '>':
		default:
			return ""
		}
	}
	for _, tag := range r.tags {
		if len(tag) == n && lowerEquals(b[:n], tag) {
			return tag
		}
	}
	return ""
}

// marked reports whether the start tag at body[i:], up to its first ">",
// holds one of the markers of tag, in any case; a tag without markers
// always is. The offsets asked about must increase from call to call with
// the same ts.
func (r *Registry) marked(tag string, body []byte, i int, ts *tagScan) bool {
	markers, ok := r.markers[tag]
	if !ok {
		return true
	}
	end := ts.next(body, i, ">")
	for _, m := range markers {
		if at := ts.next(body, i, m); at+len(m) <= end {
			return true
		}
	}
	return false
}

// A tagScan remembers where in a body the next ">" and the next marker of
// each kind are, for candidates that ask in increasing order: each part
// of the body is searched once for each, however many start tags share
// it. (A search from every tag to its ">" made a body of start tags that
// never end quadratic.)
type tagScan struct {
	found map[string]int // for each string, where it was last found; len(body) for nowhere
}

// next returns the offset of the first occurrence of s, a lower-case
// string, in body at or after offset i, in any case; len(body) when there
// is none.
func (ts *tagScan) next(body []byte, i int, s string) int {
	if at, ok := ts.found[s]; ok && at >= i {
		return at
	}
	at := len(body)
	if k := indexLower(body[i:], s); k >= 0 {
		at = i + k
	}
	if ts.found == nil {
		ts.found = map[string]int{}
	}
	ts.found[s] = at
	return at
}

// indexLower returns the offset of the first occurrence of s, a non-empty
// lower-case string, in b, in any case, or -1. Its first byte is looked
// for in either case with bytes.IndexByte, the upper case only up to the
// next lower-case one, so that each byte is looked at about once.
func indexLower(b []byte, s string) int {
	lower, upper := s[0], s[0]
	if 'a' <= lower && lower <= 'z' {
		upper = lower - 'a' + 'A'
	}
	end := len(b) - len(s) + 1 // where an occurrence may start, at most
	for k := 0; k < end; {
		at, lim := -1, end
		if j := bytes.IndexByte(b[k:end], lower); j >= 0 {
			at, lim = k+j, k+j
		}
		if upper != lower {
			if j := bytes.IndexByte(b[k:lim], upper); j >= 0 {
				at = k + j
			}
		}
		if at < 0 {
			return -1
		}
		if lowerEquals(b[at:at+len(s)], s) {
			return at
		}
		k = at + 1
	}
	return -1
}

// lowerEquals reports whether b, lower-cased, equals s.
func lowerEquals(b []byte, s string) bool {
	for i, c := range b {
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != s[i] {
			return false
		}
	}
	return true
}

const maxTagLen = 16

func isTagByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-'
}

// isTagName reports whether s is a lower-case element name.
func isTagName(s string) bool {
	if s == "" || len(s) > maxTagLen {
		return false
	}
	for i := range len(s) {
		if c := s[i]; !(c >= 'a' && c <= 'z' || i > 0 && (c >= '0' && c <= '9' || c == '-')) {
			return false
		}
	}
	return true
}
