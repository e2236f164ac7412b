package mdscan

import (
	"bytes"
	"fmt"
	"unicode"
	"unicode/utf8"
)

// A Shortcode is one Hugo shortcode call in a body, found as Hugo's page
// lexer (parser/pageparser) finds them: everywhere in the body, code
// blocks and HTML comments included.
type Shortcode struct {
	// Name is the shortcode's name as written ("highlight",
	// "foo.inline"); it is empty for an escaped shortcode.
	Name string
	// Start and End delimit the call: from the opening "{{" to just past
	// the last "}}", which is the closing tag's when the shortcode is
	// paired ({{< name >}}…{{< /name >}}).
	Start, End int
	// InnerStart and InnerEnd delimit the inner content of a paired
	// shortcode; both are End for any other.
	InnerStart, InnerEnd int
	// Markdown reports the {{% … %}} delimiters, whose output Hugo renders
	// as Markdown.
	Markdown bool
	// Escaped reports a {{</* … */>}} comment, which Hugo prints as text
	// without its comment markers.
	Escaped bool
}

// Paired reports whether the shortcode has a closing tag.
func (s Shortcode) Paired() bool { return s.InnerEnd != s.End }

// A SyntaxError is a shortcode Hugo's lexer rejects: Hugo cannot build a
// page holding one.
type SyntaxError struct {
	Offset int    // where the shortcode starts in the body
	Msg    string // Hugo's complaint
}

// Error reports the offset and Hugo's complaint.
func (e *SyntaxError) Error() string { return fmt.Sprintf("offset %d: %s", e.Offset, e.Msg) }

// tag is one shortcode tag: an opening, closing or self-closing one.
type tag struct {
	name        string
	start, end  int
	closing     bool // {{< /name >}}
	selfClosing bool // {{< name />}}
	markdown    bool
	escaped     bool
}

// scanShortcodes returns the shortcodes of src in the order they start,
// a paired shortcode before the ones nested in it. After a tag Hugo's lexer
// rejects, it stops and returns the error; the shortcodes before it are
// returned all the same.
func scanShortcodes(src []byte) ([]Shortcode, *SyntaxError) {
	if !bytes.Contains(src, []byte("{{")) {
		return nil, nil
	}
	var (
		tags []tag
		err  *SyntaxError
		lx   = lexer{src: src, open: map[string]bool{}}
	)
	for i := 0; ; {
		j := bytes.Index(src[i:], []byte("{{"))
		if j < 0 {
			break
		}
		p := i + j
		if p+2 >= len(src) || (src[p+2] != '<' && src[p+2] != '%') {
			i = p + 1 // Hugo steps one byte: "{{{<" holds a shortcode.
			continue
		}
		t, e := lx.tag(p)
		if e != nil {
			err = e
			break
		}
		tags = append(tags, t)
		i = t.end
	}
	return pair(tags), err
}

// pair matches closing tags with the latest unclosed opening tag of the
// same name and returns the shortcodes sorted by start.
func pair(tags []tag) []Shortcode {
	scs := make([]Shortcode, 0, len(tags))
	var stack []int // indices into scs of opening tags still open
	for _, t := range tags {
		if !t.closing {
			scs = append(scs, Shortcode{
				Name: t.name, Start: t.start, End: t.end,
				InnerStart: t.end, InnerEnd: t.end,
				Markdown: t.markdown, Escaped: t.escaped,
			})
			if !t.escaped && !t.selfClosing {
				stack = append(stack, len(scs)-1)
			}
			continue
		}
		for k := len(stack) - 1; k >= 0; k-- {
			open := &scs[stack[k]]
			if open.Name != t.name {
				continue
			}
			open.InnerStart, open.InnerEnd = open.End, t.start
			open.End = t.end
			stack = stack[:k]
			break
		}
	}
	return scs
}

// lexer follows Hugo's shortcode lexer closely enough to find where each
// tag ends and which tags Hugo rejects.
type lexer struct {
	src     []byte
	open    map[string]bool // names opened and not yet closed, as Hugo tracks them
	current string          // the name last lexed
}

// tag lexes the tag starting at p ("{{<" or "{{%").
func (lx *lexer) tag(p int) (tag, *SyntaxError) {
	src := lx.src
	t := tag{start: p, markdown: src[p+2] == '%'}
	right := []byte(">}}")
	if t.markdown {
		right = []byte("%}}")
	}
	fail := func(format string, args ...any) (tag, *SyntaxError) {
		return tag{}, &SyntaxError{Offset: p, Msg: fmt.Sprintf(format, args...)}
	}
	i := p + 3
	if bytes.HasPrefix(src[i:], []byte("/*")) {
		end := bytes.Index(src[i:], append([]byte("*/"), right...))
		if end <= 1 {
			return fail("comment must be closed")
		}
		t.escaped = true
		t.end = i + end + 2 + len(right)
		return t, nil
	}
	steps := 0     // elements (name, parameters) lexed since the last "/"
	slash := false // a "/" was lexed: the next name closes a shortcode
	for {
		if bytes.HasPrefix(src[i:], right) {
			t.end = i + len(right)
			return t, nil
		}
		if i >= len(src) {
			return fail("unclosed shortcode action")
		}
		r, w := utf8.DecodeRune(src[i:])
		switch {
		case r == ' ' || r == '\t' || r == '\r' || r == '\n':
			i += w
		case r == '=':
			i = skipUnicodeSpace(src, i+1)
			var ok bool
			switch {
			case i < len(src) && (src[i] == '"' || src[i] == '\\'):
				i, ok = quoted(src, i, src[i] != '\\')
			case i < len(src) && src[i] == '`':
				i, ok = raw(src, i)
			default:
				i, ok = toSpace(src, i), true
			}
			if !ok {
				return fail("unterminated string in shortcode parameter")
			}
		case r == '/':
			if lx.current == "" {
				return fail("got closing shortcode, but none is open")
			}
			t.selfClosing = t.name != ""
			slash, steps = true, 0
			i += w
		case r == '\\':
			i += w
			if i < len(src) && src[i] == '`' {
				return fail("unrecognized escape character")
			}
			if i < len(src) && src[i] == '"' {
				var ok bool
				if i, ok = quoted(src, i, false); !ok {
					return fail("unterminated quoted string in shortcode parameter")
				}
				steps++
			}
		case steps > 0 && (r == '"' || r == '`'):
			var ok bool
			if r == '"' {
				i, ok = quoted(src, i, true)
			} else {
				i, ok = raw(src, i)
			}
			if !ok {
				return fail("unterminated string in shortcode parameter")
			}
			steps++
		case steps > 0 && isAlphaNumericOrHyphen(r):
			i = word(src, i, func(r rune) bool { return isAlphaNumericOrHyphen(r) || r == '.' })
			steps++
		case isAlphaNumeric(r):
			j := word(src, i, func(r rune) bool { return isAlphaNumericOrHyphen(r) || r == '/' || r == '.' })
			name := string(src[i:j])
			if slash {
				if !lx.open[name] {
					return fail("closing tag for shortcode %q does not match start tag", name)
				}
				lx.open[name] = false
				t.name, t.closing, t.selfClosing = name, true, false
				i = skipSpaceTab(src, j)
				if !bytes.HasPrefix(src[i:], right) {
					return fail("unclosed shortcode")
				}
				t.end = i + len(right)
				return t, nil
			}
			lx.open[name] = true
			lx.current, t.name = name, name
			steps++
			i = j
		default:
			return fail("unrecognized character in shortcode action: %q", r)
		}
	}
}

// quoted returns the end of the double-quoted value at src[i], as Hugo's
// lexShortcodeQuotedParamVal reads it; ok is false when it is unterminated
// (a newline or the end of the body comes first).
func quoted(src []byte, i int, escapesAllowed bool) (end int, ok bool) {
	open, escaped := false, false
loop:
	for ; ; i++ {
		if i >= len(src) || src[i] == '\n' {
			return i, false
		}
		switch src[i] {
		case '\\':
			if i+1 < len(src) && src[i+1] == '`' {
				return i, false
			}
			if i+1 < len(src) && src[i+1] == '"' {
				if open && !escapesAllowed {
					break loop
				}
				escaped = open
			}
		case '"':
			switch {
			case escaped:
				escaped = false
			case open:
				break loop
			default:
				open = true
			}
		}
	}
	// i is at the closing quote, or at the backslash of an escaped one.
	if src[i] == '\\' {
		return i + 2, true
	}
	return i + 1, true
}

// raw returns the end of the backquoted value at src[i].
func raw(src []byte, i int) (end int, ok bool) {
	j := bytes.IndexByte(src[i+1:], '`')
	if j < 0 {
		return len(src), false
	}
	return i + 1 + j + 1, true
}

func word(src []byte, i int, in func(rune) bool) int {
	for i < len(src) {
		r, w := utf8.DecodeRune(src[i:])
		if !in(r) {
			break
		}
		i += w
	}
	return i
}

func toSpace(src []byte, i int) int {
	return word(src, i, func(r rune) bool { return !unicode.IsSpace(r) })
}

func skipUnicodeSpace(src []byte, i int) int { return word(src, i, unicode.IsSpace) }

func skipSpaceTab(src []byte, i int) int {
	for i < len(src) && (src[i] == ' ' || src[i] == '\t') {
		i++
	}
	return i
}

func isAlphaNumeric(r rune) bool {
	return r == '_' || unicode.IsLetter(r) || unicode.IsDigit(r)
}

func isAlphaNumericOrHyphen(r rune) bool { return r == '-' || isAlphaNumeric(r) }
