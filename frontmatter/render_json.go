package frontmatter

import (
	"math/big"
	"regexp"
	"strconv"
	"strings"
)

var (
	jsonInt   = regexp.MustCompile(`^-?(0|[1-9][0-9]*)$`)
	jsonFloat = regexp.MustCompile(`^-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?$`)
)

// jsonValue returns n as JSON, nested lines at indent ind plus the
// writer's indentation unit (on one line when the unit is "").
func (w *writer) jsonValue(n *Node, ind, path string) string {
	n = w.follow(n)
	w.countComments(n.com)
	switch n.kind {
	case NullKind:
		return "null"
	case StringKind:
		return jsonQuote(n.text)
	case BoolKind:
		return strconv.FormatBool(n.Bool())
	case IntKind:
		return w.intText(n, path, jsonInt.MatchString, func(*big.Int) bool { return true })
	case FloatKind:
		if jsonFloat.MatchString(n.text) {
			return n.text
		}
		f := n.Float()
		if s := formatFloat(f); jsonFloat.MatchString(s) {
			return s
		}
		w.fail(n, path, ErrNotFinite, " ("+n.text+"): write it as a string or delete it")
		return ""
	case ListKind:
		parts := make([]string, len(n.items))
		flat := true
		for i, it := range n.items {
			parts[i] = w.jsonValue(it, ind+w.jsonIndent, itemPath(path, i))
			flat = flat && it.Kind() != ListKind && it.Kind() != MapKind
		}
		if flat && w.jsonIndent != "" {
			// A list of scalars reads best on one line.
			return "[" + strings.Join(parts, ", ") + "]"
		}
		return w.jsonJoin("[", parts, "]", ind)
	case MapKind:
		entries := w.entriesOf(n.m, path)
		parts := make([]string, len(entries))
		for i, e := range entries {
			w.countComments(e.com)
			parts[i] = w.jsonMember(e, ind+w.jsonIndent, path)
		}
		return w.jsonJoin("{", parts, "}", ind)
	default: // the time kinds: JSON has only strings for them
		return jsonQuote(n.text)
	}
}

// jsonMember returns `"key": value`.
func (w *writer) jsonMember(e *entry, ind, path string) string {
	return w.outKey(e, path, jsonQuote) + w.jsonColon() + w.jsonValue(e.value, ind, childPath(path, e.key))
}

func (w *writer) jsonColon() string {
	if w.jsonIndent == "" && w.jsonCompact {
		return ":"
	}
	return ": "
}

// jsonJoin brackets parts, one per line at ind plus the unit, or on one
// line.
func (w *writer) jsonJoin(open string, parts []string, close, ind string) string {
	if len(parts) == 0 {
		return open + close
	}
	if w.jsonIndent == "" {
		sep := ", "
		if w.jsonCompact {
			sep = ","
		}
		return open + strings.Join(parts, sep) + close
	}
	inner := w.eol + ind + w.jsonIndent
	return open + inner + strings.Join(parts, ","+inner) + w.eol + ind + close
}

// jsonQuote quotes s, escaping only what JSON requires: "<", "&", emoji and
// CJK are written as they are.
func jsonQuote(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range s {
		writeEscaped(&b, r)
	}
	b.WriteByte('"')
	return b.String()
}

// writeEscaped writes r into a double-quoted JSON or TOML string: quotes,
// backslashes and control characters escaped, everything else raw.
func writeEscaped(b *strings.Builder, r rune) {
	switch {
	case r == '"':
		b.WriteString(`\"`)
	case r == '\\':
		b.WriteString(`\\`)
	case r == '\n':
		b.WriteString(`\n`)
	case r == '\t':
		b.WriteString(`\t`)
	case r == '\r':
		b.WriteString(`\r`)
	case r < 0x20 || r == 0x7f:
		b.WriteString(escapeRune(r))
	default:
		b.WriteRune(r)
	}
}
