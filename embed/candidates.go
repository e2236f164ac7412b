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
	for i := 0; ; {
		j := bytes.IndexByte(body[i:], '<')
		if j < 0 {
			return offs
		}
		i += j + 1
		if r.isTagAt(body[i:]) {
			offs = append(offs, i-1)
		}
	}
}

// isTagAt reports whether b starts with the name of one of r's tags,
// in any case, followed by what may follow a tag name.
func (r *Registry) isTagAt(b []byte) bool {
	n := 0
	for n < len(b) && n <= maxTagLen && isTagByte(b[n]) {
		n++
	}
	if n == 0 || n > maxTagLen {
		return false
	}
	if n < len(b) {
		switch b[n] {
		case ' ', '\t', '\n', '\r', '\f', '/', '>':
		default:
			return false
		}
	}
	for _, tag := range r.tags {
		if len(tag) == n && lowerEquals(b[:n], tag) {
			return true
		}
	}
	return false
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
