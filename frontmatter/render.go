package frontmatter

import (
	"errors"
	"fmt"
	"math/big"
	"strconv"
	"strings"
)

// Named errors, returned inside an *Error (test with errors.Is). The first
// four are what a target format cannot hold, found by SetFormat or Bytes
// and naming the key; ErrReadOnly comes from Meta on Org front matter,
// ErrNoFormat from SetFormat with a format it cannot write.
var (
	ErrNull      = errors.New("TOML has no null value")
	ErrNotFinite = errors.New("JSON has no infinity or NaN")
	ErrIntRange  = errors.New("integer too large for the target format")
	ErrKeyClash  = errors.New("another key of this map is read as the same key")
	ErrReadOnly  = errors.New("Org front matter is read-only")
	ErrNoFormat  = errors.New("not a front matter format to write")
)

// A writer renders front matter text in the habits of the file it goes
// into, and collects what the target format could not hold as it is.
type writer struct {
	buf []byte

	// How to write.
	eol         string    // "\n" or "\r\n", as the file has it
	style       yamlStyle // YAML indentation, as the file has it
	jsonIndent  string    // JSON indentation unit; "" writes one line
	jsonCompact bool      // on one line, no space after "," and ":"
	comments    bool      // write comments (false for JSON)
	yamlText    bool      // comments must be text YAML can print (see commentText)
	convert     bool      // writing another format than the source's

	// What happened.
	anchors  map[*Node]bool // YAML anchors written so far
	warns    []Warning
	dropped  int  // comments the target could not hold
	expanded bool // YAML aliases or merge keys were expanded
	err      error
}

func (w *writer) str(s ...string) {
	for _, x := range s {
		w.buf = append(w.buf, x...)
	}
}

func (w *writer) nl() { w.buf = append(w.buf, w.eol...) }

// fail records the first error, at n's position, naming path.
func (w *writer) fail(n *Node, path string, err error, hint string) {
	if w.err != nil {
		return
	}
	line, col := n.Pos()
	w.err = &Error{Line: line, Col: col, Msg: fmt.Sprintf("%s: %v%s", path, err, hint), Err: err}
}

func (w *writer) warn(n *Node, format string, args ...any) {
	line, col := n.Pos()
	w.warns = append(w.warns, Warning{Line: line, Col: col, Msg: fmt.Sprintf(format, args...)})
}

// commentLines writes the comment lines of c at the given indentation.
func (w *writer) commentLines(c, indent string) {
	if c == "" {
		return
	}
	if !w.comments {
		w.dropped++
		return
	}
	for _, l := range strings.Split(c, "\n") {
		if l = strings.TrimSpace(l); l == "" {
			w.nl()
			continue
		}
		w.str(indent, w.commentText(l))
		w.nl()
	}
}

// commentText returns the text of a comment as the target can hold it.
// Written into YAML, a character YAML cannot print (a C1 control, say,
// which TOML allows) is spelled out as \uXXXX, as a reader would want to
// see it; TOML gets the comment as it is.
func (w *writer) commentText(c string) string {
	if !w.yamlText || !strings.ContainsFunc(c, func(r rune) bool { return r != '\t' && !printable(r) }) {
		return c
	}
	var b strings.Builder
	for _, r := range c {
		if r != '\t' && !printable(r) {
			fmt.Fprintf(&b, "\\u%04X", r)
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// lineComment writes " # c" at the end of a line.
func (w *writer) lineComment(c string) {
	if c == "" {
		return
	}
	if !w.comments {
		w.dropped++
		return
	}
	w.str(" ", w.commentText(strings.TrimSpace(strings.ReplaceAll(c, "\n", " "))))
}

// childPath names a key below path, for messages.
func childPath(path, key string) string {
	if path == "" {
		return key
	}
	return path + "." + key
}

func itemPath(path string, i int) string { return path + "[" + strconv.Itoa(i) + "]" }

// intText returns an integer as a target writes it: the literal as written
// when keep accepts it, decimal otherwise, an ErrIntRange failure when the
// value does not fit. A YAML leading-zero octal written in decimal gets a
// warning: its author probably meant text.
func (w *writer) intText(n *Node, path string, keep func(string) bool, fits func(*big.Int) bool) string {
	v := n.BigInt()
	if !fits(v) {
		w.fail(n, path, ErrIntRange, fmt.Sprintf(" (%s)", n.text))
		return ""
	}
	if keep(n.text) {
		return n.text
	}
	if d := strings.TrimLeft(n.text, "+-"); len(d) > 1 && d[0] == '0' && d[1] >= '0' && d[1] <= '9' {
		w.warn(n, "%s: YAML reads %s as the octal number %s, written as %s; quote it in the source if it is text (a zip code, a version)", path, n.text, v, v)
	}
	return v.String()
}

// styleOf returns the style to write a scalar or key in: quoting belongs
// to the format it was written in, and a conversion chooses anew. Block
// and flow styles carry over (YAML literal ⇄ TOML multi-line).
func (w *writer) styleOf(s style) style {
	if w.convert && (s == styleSingle || s == styleDouble || s == stylePlain) {
		return styleAny
	}
	return s
}
