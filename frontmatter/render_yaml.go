package frontmatter

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// yamlStyle is the indentation a YAML file uses, kept when hugofmt writes
// into it.
type yamlStyle struct {
	indent    int  // spaces per level of nesting
	seqIndent bool // "key:\n  - a" rather than "key:\n- a"
}

var defaultYAMLStyle = yamlStyle{indent: 2, seqIndent: true}

// yamlMap writes the entries of m, each line at indent ind. When inline is
// true the first entry continues the current line (after "- ").
func (w *writer) yamlMap(m *Map, ind string, inline bool) {
	for i, e := range m.entries {
		if e.blank && i > 0 && w.convert {
			w.blankLine() // groups of keys stay apart
		}
		w.yamlEntry(e, ind, inline && i == 0, true)
	}
}

// yamlEntry writes "key: value". With outer false it leaves out the
// entry's head and foot comments, which the caller keeps in place.
func (w *writer) yamlEntry(e *entry, ind string, inline, outer bool) {
	if outer && !inline {
		w.commentLines(e.com.head, ind)
	}
	if !inline {
		w.str(ind)
	}
	w.key(e, ind)
	w.yamlValue(e.value, ind, e.com.line)
	if outer {
		w.commentLines(e.com.foot, ind)
	}
}

// key writes a block map's key. YAML limits implicit keys to 1024
// characters; a longer one is written as an explicit "? key", its ":" on
// the next line.
func (w *writer) key(e *entry, ind string) {
	k := w.yamlKey(e)
	if len(k) > 1000 {
		w.str("? ", k)
		w.nl()
		w.str(ind)
		return
	}
	w.str(k)
}

// yamlValue writes what follows a key: ": value" and the line end, or ":"
// and a nested block.
func (w *writer) yamlValue(n *Node, ind, lineCom string) {
	child := ind + strings.Repeat(" ", w.style.indent)
	n = w.anchored(n)
	if n.alias != nil {
		w.str(": *", n.alias.anchor)
		w.lineComment(joinComments(lineCom, n.com.line))
		w.nl()
		return
	}
	anchor := ""
	if n.anchor != "" {
		anchor = " &" + n.anchor
	}
	switch {
	case isBlock(n, MapKind):
		w.str(":", anchor)
		w.lineComment(lineCom)
		w.nl()
		w.yamlMap(n.m, child, false)
	case isBlock(n, ListKind):
		w.str(":", anchor)
		w.lineComment(lineCom)
		w.nl()
		if !w.style.seqIndent {
			child = ind
		}
		w.yamlItems(n.items, child)
	case n.kind == ListKind || n.kind == MapKind:
		w.str(": ", w.yamlFlow(n))
		w.lineComment(lineCom)
		w.nl()
	default:
		w.str(":")
		w.yamlScalarAfter(n, anchor, child, lineCom, w.style.indent)
	}
}

// anchored returns what to write for n: n itself, except for an alias
// whose anchor is not written yet (its entry was deleted or moved below),
// which becomes the anchored value, anchor included. It notes the anchors
// it lets through.
func (w *writer) anchored(n *Node) *Node {
	if n.alias != nil && !w.anchors[n.alias] {
		n = n.alias
	}
	if n.anchor != "" && n.alias == nil {
		if w.anchors == nil {
			w.anchors = map[*Node]bool{}
		}
		w.anchors[n] = true
	}
	return n
}

// isBlock reports whether n is a non-empty collection of kind k written in
// block style.
func isBlock(n *Node, k Kind) bool {
	switch {
	case n.kind != k || n.style == styleFlow:
		return false
	case k == MapKind:
		return len(n.m.entries) > 0
	default:
		return len(n.items) > 0
	}
}

// yamlScalarAfter writes " value", its line comment and the line end, after
// a key's ":" or a list's "-". Block scalars put their lines at ind, which
// is blockIndent spaces deeper than the key or "-".
func (w *writer) yamlScalarAfter(n *Node, anchor, ind, lineCom string, blockIndent int) {
	text, block := w.yamlScalar(n, blockIndent)
	if text != "" || anchor != "" {
		w.str(anchor)
		if text != "" {
			w.str(" ", text)
		}
	}
	w.lineComment(joinComments(lineCom, n.com.line))
	w.nl()
	for _, l := range block {
		if l != "" {
			w.str(ind, l)
		}
		w.nl()
	}
}

// yamlItems writes a block list, each "-" at indent ind.
func (w *writer) yamlItems(items []*Node, ind string) {
	child := ind + "  "
	for _, it := range items {
		it = w.anchored(it)
		w.commentLines(it.com.head, ind)
		if isBlock(it, MapKind) && it.alias == nil && it.anchor == "" {
			// The first key sits on the "- " line: its head comments go
			// above it.
			w.commentLines(it.m.entries[0].com.head, ind)
		}
		w.str(ind, "-")
		anchor := ""
		if it.anchor != "" {
			anchor = " &" + it.anchor
		}
		switch {
		case it.alias != nil:
			w.str(" *", it.alias.anchor)
			w.lineComment(it.com.line)
			w.nl()
		case isBlock(it, MapKind) && anchor == "":
			w.str(" ")
			w.yamlMapInlineFirst(it.m, child)
		case isBlock(it, MapKind):
			w.str(anchor)
			w.lineComment(it.com.line)
			w.nl()
			w.yamlMap(it.m, child, false)
		case isBlock(it, ListKind):
			w.str(anchor)
			w.lineComment(it.com.line)
			w.nl()
			w.yamlItems(it.items, child)
		case it.kind == ListKind || it.kind == MapKind:
			w.str(" ", w.yamlFlow(it))
			w.lineComment(it.com.line)
			w.nl()
		default:
			w.yamlScalarAfter(it, anchor, child, "", 2)
		}
		w.commentLines(it.com.foot, ind)
	}
}

// yamlMapInlineFirst writes a map whose first entry continues the line,
// its head comments already written.
func (w *writer) yamlMapInlineFirst(m *Map, ind string) {
	for i, e := range m.entries {
		if i == 0 {
			w.key(e, ind)
			w.yamlValue(e.value, ind, e.com.line)
			w.commentLines(e.com.foot, ind)
			continue
		}
		w.yamlEntry(e, ind, false, true)
	}
}

// yamlFlow writes a collection in flow style: [a, b] or {k: v}. Comments
// inside it have no place and are dropped (counted).
func (w *writer) yamlFlow(n *Node) string {
	if n = w.anchored(n); n.alias != nil {
		return "*" + n.alias.anchor
	}
	var b strings.Builder
	if n.anchor != "" {
		b.WriteString("&" + n.anchor + " ")
	}
	w.countComments(n.com)
	switch n.kind {
	case ListKind:
		b.WriteByte('[')
		for i, it := range n.items {
			if i > 0 {
				b.WriteString(", ")
			}
			b.WriteString(w.yamlFlowValue(it))
		}
		b.WriteByte(']')
	case MapKind:
		b.WriteByte('{')
		for i, e := range n.m.entries {
			if i > 0 {
				b.WriteString(", ")
			}
			w.countComments(e.com)
			k := w.yamlKey(e)
			if k == e.key && !e.merge && strings.ContainsAny(k, ",[]{}") {
				k = quoteYAML(k, false) // "a,b" is plain in a block, not in { }
			}
			if len(k) > 1000 {
				k = "? " + k // too long for an implicit key
			}
			b.WriteString(k + ": " + w.yamlFlowValue(e.value))
		}
		b.WriteByte('}')
	}
	return b.String()
}

func (w *writer) yamlFlowValue(n *Node) string {
	if n = w.anchored(n); n.alias != nil || n.kind == ListKind || n.kind == MapKind {
		return w.yamlFlow(n)
	}
	w.countComments(n.com)
	anchor := ""
	if n.anchor != "" {
		anchor = "&" + n.anchor + " "
	}
	if n.kind == StringKind {
		st := w.styleOf(n.style)
		flowOK := plainSyntax(n.text) && !strings.ContainsAny(n.text, ",[]{}")
		if st == stylePlain && resolvePlain(n.text) == StringKind && flowOK || st == styleAny && flowPlainSafe(n.text) {
			return anchor + n.text
		}
		return anchor + quoteYAML(n.text, st == styleSingle)
	}
	text, _ := w.yamlScalar(n, 0)
	if text == "" {
		text = "null"
	}
	return anchor + text
}

// countComments notes comments that have no place in the output.
func (w *writer) countComments(c comments) {
	for _, s := range []string{c.head, c.line, c.foot} {
		if s != "" {
			w.dropped++
		}
	}
}

// yamlKey returns a key as YAML writes it: plain when that reads back as
// the same string, quoted otherwise.
func (w *writer) yamlKey(e *entry) string {
	k, st := e.key, w.styleOf(e.keyStyle)
	if e.keyStyle == stylePlain && !plainSyntax(k) {
		// Quoted, a plain key that is not a string must read as the
		// string Hugo made of it.
		k, st = hugoKey(k), styleDouble
	}
	switch {
	case e.merge || st == stylePlain && plainSyntax(k):
		return k
	case st == styleSingle && singleQuotable(k):
		return quoteYAML(k, true)
	case st == styleDouble || k == "<<" || !plainSafe(k):
		return quoteYAML(k, false)
	}
	return k
}

// yamlScalar returns a scalar as YAML writes it: the text that follows
// "key:" (a block scalar's header), and a block scalar's lines. An empty
// text is an empty value (null).
func (w *writer) yamlScalar(n *Node, blockIndent int) (string, []string) {
	switch n.kind {
	case NullKind:
		if n.style == stylePlain && resolvePlain(n.text) == NullKind {
			return n.text, nil
		}
		return "null", nil
	case BoolKind:
		if resolvePlain(n.text) == BoolKind {
			return n.text, nil
		}
		return strconv.FormatBool(n.Bool()), nil
	case IntKind:
		if resolvePlain(n.text) == IntKind {
			return n.text, nil
		}
		// Hugo's YAML reads integers that fit in an int64 or a uint64;
		// beyond, a float is what Hugo's JSON reader made of it anyway.
		if v := n.BigInt(); v.IsInt64() || v.IsUint64() {
			return v.String(), nil
		}
		return formatFloat(n.Float()), nil
	case FloatKind:
		if resolvePlain(n.text) == FloatKind {
			return n.text, nil
		}
		switch f := n.Float(); {
		case math.IsNaN(f):
			return ".nan", nil
		case math.IsInf(f, 0):
			return strings.Replace(formatFloat(f), "inf", ".inf", 1), nil
		default:
			return formatFloat(f), nil
		}
	case StringKind:
		return yamlString(n.text, w.styleOf(n.style), blockIndent)
	default: // the time kinds
		if resolvePlain(n.text) == n.kind || resolvePlain(n.text) == StringKind {
			return n.text, nil
		}
		return quoteYAML(n.text, false), nil
	}
}

// yamlString chooses how to write a string: as it was written when that
// still holds it, a block scalar for text over several lines, plain when
// it reads back as the same string, quoted otherwise.
func yamlString(s string, st style, blockIndent int) (string, []string) {
	switch {
	case st == stylePlain && resolvePlain(s) == StringKind && plainSyntax(s):
		return s, nil
	case st == styleFolded && foldable(s):
		return blockHeader(">", s, blockIndent), foldedLines(s)
	case st != styleSingle && st != styleDouble && strings.Contains(s, "\n") && literalable(s):
		return blockHeader("|", s, blockIndent), strings.Split(trimNewlines(s), "\n")
	case st == styleSingle && singleQuotable(s):
		return quoteYAML(s, true), nil
	case st == styleAny && plainSafe(s):
		return s, nil
	case st == styleAny && strings.ContainsAny(s, `"\`) && singleQuotable(s):
		return quoteYAML(s, true), nil
	}
	return quoteYAML(s, false), nil
}

// blockHeader returns a block scalar's header: the indicator, an
// indentation indicator when the text starts with a space, and the chomping
// indicator its trailing line breaks need.
func blockHeader(ind, s string, indent int) string {
	if strings.HasPrefix(s, " ") || strings.HasPrefix(s, "\n") {
		ind += strconv.Itoa(indent)
	}
	switch t := strings.TrimRight(s, "\n"); len(s) - len(t) {
	case 0:
		return ind + "-"
	case 1:
		return ind
	}
	return ind + "+"
}

func trimNewlines(s string) string {
	t := strings.TrimRight(s, "\n")
	if n := len(s) - len(t); n > 1 {
		// Keep chomping: the extra line breaks are empty lines.
		return t + strings.Repeat("\n", n-1)
	}
	return t
}

// literalable reports whether a literal block scalar can hold s exactly.
func literalable(s string) bool {
	if strings.TrimRight(s, "\n") == "" {
		return false
	}
	for _, r := range s {
		if r != '\n' && r != '\t' && !printable(r) {
			return false
		}
	}
	// A tab at the start of a line would stand where indentation is read.
	if strings.HasPrefix(s, "\t") || strings.Contains(s, "\n\t") {
		return false
	}
	// A last line of spaces would read as indentation.
	t := strings.TrimRight(s, "\n")
	last := t[strings.LastIndexByte(t, '\n')+1:]
	return strings.TrimLeft(last, " ") != "" || last == ""
}

// foldable reports whether a folded block scalar can hold s exactly:
// lines that start with a space or tab fold differently.
func foldable(s string) bool {
	if !literalable(s) || strings.HasPrefix(s, "\n") {
		return false
	}
	for _, l := range strings.Split(s, "\n") {
		if strings.HasPrefix(l, " ") || strings.HasPrefix(l, "\t") || strings.HasSuffix(l, " ") {
			return false
		}
	}
	return true
}

// foldedLines returns the lines of a folded block scalar holding s: one
// line break in the text is an empty line between two lines.
func foldedLines(s string) []string {
	var out []string
	for i, l := range strings.Split(trimNewlines(s), "\n") {
		if i > 0 && l != "" {
			out = append(out, "")
		}
		out = append(out, l)
	}
	// An empty text line stands for one line break of its own.
	return out
}

// plainSafe reports whether s can be written as a plain scalar and read
// back as the same string, by Hugo's YAML decoder and by YAML 1.1 readers.
func plainSafe(s string) bool {
	if !plainSyntax(s) || resolvePlain(s) != StringKind || yaml11Special(s) {
		return false
	}
	// What other readers take for a float: strconv reads numbers, which
	// start with a digit, a sign or a dot, and inf, infinity and nan.
	if !numberStart(s[0]) && !strings.EqualFold(s, "inf") && !strings.EqualFold(s, "infinity") && !strings.EqualFold(s, "nan") {
		return true
	}
	_, err := strconv.ParseFloat(s, 64)
	return err != nil
}

// plainSyntax reports whether s can stand as a plain scalar in a block,
// whatever type a reader then gives it.
func plainSyntax(s string) bool {
	if s == "" || strings.ContainsRune("-?:,[]{}#&*!|>'\"%@`", rune(s[0])) || strings.HasPrefix(s, "<<") {
		return false
	}
	if s[0] == ' ' || s[len(s)-1] == ' ' || s[len(s)-1] == ':' || strings.Contains(s, ": ") || strings.Contains(s, " #") {
		return false
	}
	for _, r := range s {
		if r == '\t' || !printable(r) {
			return false
		}
	}
	return true
}

// flowPlainSafe is plainSafe inside [ ] and { }.
func flowPlainSafe(s string) bool {
	return plainSafe(s) && !strings.ContainsAny(s, ",[]{}")
}

// yaml11Special reports the words YAML 1.1 reads as booleans; Hugo reads
// them as strings, other tools may not: hugofmt quotes them.
func yaml11Special(s string) bool {
	if len(s) > 3 {
		return false
	}
	for _, w := range [...]string{"y", "n", "yes", "no", "on", "off"} {
		if strings.EqualFold(s, w) {
			return true
		}
	}
	return false
}

// printable reports whether YAML can hold r unescaped. (YAML's printable
// set leaves out the controls, and U+FFFE and U+FFFF.)
func printable(r rune) bool {
	switch r {
	case utf8.RuneError, '\ufeff', '\u0085', '\u2028', '\u2029', '\ufffe', '\uffff':
		return false
	}
	return unicode.IsPrint(r) || r > 0x7f && !unicode.IsControl(r)
}

func singleQuotable(s string) bool {
	for _, r := range s {
		if r == '\n' || r == '\r' || r == '\t' || !printable(r) {
			return false
		}
	}
	return true
}

// quoteYAML quotes s, in single quotes when asked and possible, in double
// quotes otherwise, escaping only what YAML requires: text such as "<b>",
// "&", emoji and CJK is written as it is.
func quoteYAML(s string, single bool) string {
	if single && singleQuotable(s) {
		return "'" + strings.ReplaceAll(s, "'", "''") + "'"
	}
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range s {
		switch r {
		case '"':
			b.WriteString(`\"`)
		case '\\':
			b.WriteString(`\\`)
		case '\n':
			b.WriteString(`\n`)
		case '\t':
			b.WriteString(`\t`)
		case '\r':
			b.WriteString(`\r`)
		default:
			if printable(r) {
				b.WriteRune(r)
			} else {
				b.WriteString(escapeRune(r))
			}
		}
	}
	b.WriteByte('"')
	return b.String()
}

// escapeRune writes r as \uXXXX or \UXXXXXXXX, escapes that YAML, TOML
// and (below U+10000) JSON share.
func escapeRune(r rune) string {
	if r > 0xffff {
		return fmt.Sprintf(`\U%08X`, r)
	}
	return fmt.Sprintf(`\u%04X`, r)
}
