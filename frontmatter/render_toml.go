package frontmatter

import (
	"bytes"
	"fmt"
	"math/big"
	"regexp"
	"strconv"
	"strings"
)

// tomlTable writes the body of the table at path ("" for the root): its
// key = value lines first, then its tables and arrays of tables, which TOML
// requires to come last.
func (w *writer) tomlTable(m *Map, path string) {
	entries := w.entriesOf(m, path)
	for i, e := range entries {
		if !tableLike(e.value) {
			if e.blank && i > 0 && w.convert {
				w.blankLine() // groups of keys stay apart
			}
			w.tomlKeyValue(e, path)
		}
	}
	for _, e := range entries {
		if tableLike(e.value) {
			w.tomlSection(e, path)
		}
	}
}

// entriesOf returns the entries of m, at path, with YAML merge keys
// expanded. YAML keys that Hugo reads as the same string ("0" and "00")
// cannot both be written: that is an error wrapping ErrKeyClash.
func (w *writer) entriesOf(m *Map, path string) []*entry {
	entries := m.entries
	if m.merges {
		w.expanded = true
		entries = m.expanded().entries
	}
	seen := make(map[string]bool, len(entries))
	for _, e := range entries {
		k := e.key
		if e.keyStyle == stylePlain {
			k = hugoKey(k)
		}
		if seen[k] {
			w.fail(e.value, childPath(path, e.key), ErrKeyClash, fmt.Sprintf(" (%q)", k))
		}
		seen[k] = true
	}
	return entries
}

// tomlKeyValue writes "key = value" with its comments.
func (w *writer) tomlKeyValue(e *entry, path string) {
	w.commentLines(e.com.head, "")
	w.str(w.outKey(e, path, tomlKey), " = ", w.tomlInline(e.value, childPath(path, e.key), true))
	w.lineComment(joinComments(e.com.line, e.value.com.line))
	w.nl()
	w.commentLines(e.com.foot, "")
}

// tomlSection writes a [table] or the [[tables]] of an array of tables,
// each after a blank line.
func (w *writer) tomlSection(e *entry, path string) {
	n := w.follow(e.value)
	header := tomlKey(w.outKey(e, path, func(s string) string { return s }))
	if path != "" {
		header = path + "." + header
	}
	if n.kind == MapKind && onlyTables(n.m) && e.com.head == "" && e.com.line == "" {
		// [a.b] needs no [a] above it.
		w.tomlTable(n.m, header)
		w.commentLines(e.com.foot, "")
		return
	}
	w.blankLine()
	w.commentLines(e.com.head, "")
	if n.kind == MapKind {
		w.str("[", header, "]")
		w.lineComment(e.com.line)
		w.nl()
		w.tomlTable(n.m, header)
	} else {
		for i, it := range n.items {
			if i > 0 {
				w.blankLine()
			}
			w.commentLines(it.com.head, "")
			w.str("[[", header, "]]")
			if i == 0 {
				w.lineComment(e.com.line)
			}
			w.nl()
			w.tomlTable(w.follow(it).m, header)
			w.commentLines(it.com.foot, "")
		}
	}
	w.commentLines(e.com.foot, "")
}

// blankLine ends what was written with an empty line, unless nothing was
// written yet or it already ends so.
func (w *writer) blankLine() {
	if len(w.buf) > 0 && !bytes.HasSuffix(w.buf, []byte(w.eol+w.eol)) {
		w.nl()
	}
}

// follow resolves a YAML alias, noting that the output expands it.
func (w *writer) follow(n *Node) *Node {
	if n.alias != nil {
		w.expanded = true
	}
	return n.target()
}

// onlyTables reports whether m has sub-tables and nothing else, so that
// its own [header] can be left out.
func onlyTables(m *Map) bool {
	if m.merges {
		m = m.expanded()
	}
	for _, e := range m.entries {
		if !tableLike(e.value) {
			return false
		}
	}
	return len(m.entries) > 0
}

// tableLike reports whether TOML writes n as a table or an array of
// tables rather than after "key =".
func tableLike(n *Node) bool {
	n = n.target()
	switch n.kind {
	case MapKind:
		return true
	case ListKind:
		if len(n.items) == 0 {
			return false
		}
		for _, it := range n.items {
			if it.Kind() != MapKind {
				return false
			}
		}
		return true
	}
	return false
}

// tomlInline returns a value as TOML writes it after "key =". Multi-line
// strings may span lines when multiline is true.
func (w *writer) tomlInline(n *Node, path string, multiline bool) string {
	n = w.follow(n)
	switch n.kind {
	case NullKind:
		w.fail(n, path, ErrNull, ": delete the key or give it a value")
		return ""
	case StringKind:
		return w.tomlString(n, multiline)
	case BoolKind:
		return strconv.FormatBool(n.Bool())
	case IntKind:
		return w.intText(n, path, tomlInt.MatchString, (*big.Int).IsInt64)
	case FloatKind:
		if tomlFloat.MatchString(n.text) {
			return n.text
		}
		return formatFloat(n.Float())
	case ListKind:
		var b strings.Builder
		b.WriteByte('[')
		for i, it := range n.items {
			if i > 0 {
				b.WriteString(", ")
			}
			w.countComments(it.com)
			b.WriteString(w.tomlInline(it, itemPath(path, i), false))
		}
		b.WriteByte(']')
		return b.String()
	case MapKind:
		var b strings.Builder
		b.WriteString("{")
		for i, e := range w.entriesOf(n.m, path) {
			if i > 0 {
				b.WriteString(",")
			}
			w.countComments(e.com)
			b.WriteString(" " + w.outKey(e, path, tomlKey) + " = " + w.tomlInline(e.value, childPath(path, e.key), false))
		}
		b.WriteString(" }")
		if len(n.m.entries) == 0 {
			return "{}"
		}
		return b.String()
	default: // the time kinds: TOML writes them as they are
		if k, ok := timeKind(n.text); ok && k == n.kind {
			return n.text
		}
		return tomlBasic(n.text)
	}
}

var (
	tomlInt   = regexp.MustCompile(`^([+-]?(0|[1-9](_?[0-9])*)|0x[0-9A-Fa-f](_?[0-9A-Fa-f])*|0o[0-7](_?[0-7])*|0b[01](_?[01])*)$`)
	tomlFloat = regexp.MustCompile(`^([+-]?(0|[1-9](_?[0-9])*)(\.[0-9](_?[0-9])*([eE][+-]?[0-9](_?[0-9])*)?|[eE][+-]?[0-9](_?[0-9])*)|[+-]?(inf|nan))$`)
	bareKey   = regexp.MustCompile(`^[A-Za-z0-9_-]+$`)
)

// tomlKey returns a key bare when TOML allows it, quoted otherwise.
func tomlKey(k string) string {
	if bareKey.MatchString(k) {
		return k
	}
	return tomlBasic(k)
}

// outKey returns the key of e as the target writes it, with quote applied.
// A YAML key that is not a string (1, true, null) is written as the string
// Hugo makes of it, with a warning.
func (w *writer) outKey(e *entry, path string, quote func(string) string) string {
	if e.keyStyle != stylePlain || e.merge {
		return quote(e.key)
	}
	k := hugoKey(e.key)
	if k != e.key || resolvePlain(e.key) != StringKind {
		w.warnings(Warning{Line: e.line, Col: e.col, Msg: fmt.Sprintf("%s: the YAML key %s is not a string; written as %q, the key Hugo reads", childPath(path, e.key), e.key, k)})
	}
	return quote(k)
}

func (w *writer) warnings(ws ...Warning) { w.warns = append(w.warns, ws...) }

// hugoKey returns the string Hugo's YAML decoder makes of a plain key.
func hugoKey(k string) string {
	n := &Node{kind: resolvePlain(k), text: k}
	switch n.kind {
	case NullKind:
		return ""
	case IntKind:
		return n.BigInt().String()
	case FloatKind:
		return fmt.Sprint(n.Float())
	}
	return k
}

// tomlString writes a string: a multi-line string when it spans lines (and
// the file has "\n" line ends, which TOML keeps in the value, and no line
// of it starts with "+++", which would end the front matter), a literal
// 'string' when it was written so, a "basic string" otherwise. Text is
// written raw: only quotes, backslashes and control characters are
// escaped.
func (w *writer) tomlString(n *Node, multiline bool) string {
	s := n.text
	closes := strings.HasPrefix(s, "+++") || strings.Contains(s, "\n+++")
	if multiline && w.eol == "\n" && strings.Contains(s, "\n") && !strings.ContainsAny(s, "\r") && !closes {
		if w.styleOf(n.style) == styleSingle && tomlLiteralOK(s, true) && !strings.Contains(s, "'''") && !strings.HasSuffix(s, "'") {
			return "'''\n" + s + "'''"
		}
		return `"""` + "\n" + tomlEscape(s, true) + `"""`
	}
	if w.styleOf(n.style) == styleSingle && tomlLiteralOK(s, false) && !strings.Contains(s, "'") {
		return "'" + s + "'"
	}
	return tomlBasic(s)
}

// tomlLiteralOK reports whether a literal string can hold s: no control
// characters but tab (and line breaks in a multi-line one).
func tomlLiteralOK(s string, multiline bool) bool {
	for _, r := range s {
		if r == '\t' || multiline && r == '\n' {
			continue
		}
		if r < 0x20 || r == 0x7f {
			return false
		}
	}
	return true
}

func tomlBasic(s string) string { return `"` + tomlEscape(s, false) + `"` }

// tomlEscape escapes s for a basic string; in a multi-line one, line
// breaks stay and runs of quotes are broken up.
func tomlEscape(s string, multiline bool) string {
	var b strings.Builder
	quotes := 0
	for _, r := range s {
		if r != '"' {
			quotes = 0
		}
		switch {
		case r == '"' && multiline:
			quotes++
			if quotes == 3 {
				b.WriteString(`\"`)
				quotes = 0
				continue
			}
			b.WriteRune(r)
		case r == '\n' && multiline:
			b.WriteByte('\n')
		default:
			writeEscaped(&b, r)
		}
	}
	out := b.String()
	if multiline && quotes > 0 {
		// A raw quote just before the closing """ would end the string
		// (one written escaped, as the third of a run, would not).
		out = out[:len(out)-1] + `\"`
	}
	return out
}
