package frontmatter

import (
	"bytes"
	"errors"

	"github.com/pelletier/go-toml/v2"
	"github.com/pelletier/go-toml/v2/unstable"
)

// tomlReader builds the model from go-toml's unstable parser, which keeps
// comments and the position of every key and value.
type tomlReader struct {
	*locator
	p       unstable.Parser
	t       *tree
	arrays  map[*Node]bool // lists made by [[array]] headers
	pending []string       // comment lines waiting for the next key
}

func parseTOML(lc *locator) (*tree, error) {
	r := &tomlReader{locator: lc, t: newTree(TOML, lc), arrays: map[*Node]bool{}}
	r.p = unstable.Parser{KeepComments: true}
	r.p.Reset(lc.raw)
	cur := r.t.m
	for r.p.NextExpression() {
		expr := r.p.Expression()
		if expr.Kind == unstable.Comment {
			r.pending = append(r.pending, string(bytes.TrimRight(expr.Data, "\r")))
			continue
		}
		keys, raw := r.keyPath(expr)
		if len(r.t.m.entries) == 0 && r.blankBefore(int(raw.Offset)) {
			// Comments above the first key, apart from it, describe the file.
			r.t.com.head = r.take()
		}
		var err error
		if expr.Kind == unstable.KeyValue {
			err = r.keyValue(cur, expr, keys, raw)
		} else {
			cur, err = r.table(expr, keys, raw)
		}
		if err != nil {
			return nil, err
		}
		if cur == r.t.m || expr.Kind != unstable.KeyValue {
			r.recordChunk(keys[0], raw, expr.Kind != unstable.KeyValue)
		}
	}
	if err := r.p.Error(); err != nil {
		return nil, tomlError(err, lc)
	}
	// go-toml's decoder is what Hugo uses: what it rejects beyond syntax
	// (a table defined twice, a value reopened as a table …) is an error
	// here too.
	var probe map[string]any
	if err := toml.Unmarshal(lc.raw, &probe); err != nil {
		return nil, tomlError(err, lc)
	}
	r.t.com.foot = joinComments(r.t.com.foot, r.take())
	r.t.orig = append([]*entry(nil), r.t.m.entries...)
	r.t.layoutChunks(func(*entry) bool { return false }, true)
	r.t.splice = lc.col0 == 1
	return r.t, nil
}

// take returns the waiting comment lines, joined.
func (r *tomlReader) take() string {
	c := joinLines(r.pending)
	r.pending = nil
	return c
}

func joinLines(lines []string) string {
	var b bytes.Buffer
	for i, l := range lines {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(l)
	}
	return b.String()
}

// trailingComment returns the comment at the end of expr's line, if any.
func trailingComment(expr *unstable.Node) string {
	if c := expr.Next(); c != nil && c.Kind == unstable.Comment {
		return string(bytes.TrimRight(c.Data, "\r"))
	}
	return ""
}

// offsetOf returns where a node is in the text, or def when go-toml does
// not say.
func (r *tomlReader) offsetOf(n *unstable.Node, def int) int {
	if n.Raw.Length > 0 {
		return int(n.Raw.Offset)
	}
	if len(n.Data) > 0 {
		if off := int(r.p.Range(n.Data).Offset); off < len(r.raw) && bytes.HasPrefix(r.raw[off:], n.Data) {
			return off
		}
	}
	return def
}

// keyValue adds "a.b.c = value" to m.
func (r *tomlReader) keyValue(m *Map, expr *unstable.Node, keys []string, firstRaw unstable.Range) error {
	head, line := r.take(), trailingComment(expr)
	parent, err := r.descend(m, keys[:len(keys)-1], firstRaw)
	if err != nil {
		return err
	}
	v, err := r.value(expr.Value(), int(firstRaw.Offset), 0)
	if err != nil {
		return err
	}
	e := r.newEntry(keys[len(keys)-1], firstRaw)
	if first := parent.own(e.key); first != nil {
		return r.errorf(int(firstRaw.Offset), "duplicate key %q (first at line %d)", e.key, first.line)
	}
	e.value, e.com = v, comments{head: head, line: line}
	parent.entries = append(parent.entries, e)
	return nil
}

// keyPath returns the parts of a dotted key and where the first is.
func (r *tomlReader) keyPath(expr *unstable.Node) ([]string, unstable.Range) {
	var (
		keys  []string
		first unstable.Range
	)
	it := expr.Key()
	for it.Next() {
		k := it.Node()
		if keys == nil {
			first = k.Raw
		}
		keys = append(keys, string(k.Data))
	}
	return keys, first
}

func (r *tomlReader) newEntry(key string, raw unstable.Range) *entry {
	e := &entry{key: key}
	e.line, e.col = r.pos(int(raw.Offset))
	if quoted := len(r.raw) > int(raw.Offset) && (r.raw[raw.Offset] == '"' || r.raw[raw.Offset] == '\''); quoted {
		e.keyStyle = styleDouble
	}
	return e
}

// descend walks the keys from m, making the tables that do not exist yet,
// and entering the last table of an array of tables.
func (r *tomlReader) descend(m *Map, keys []string, raw unstable.Range) (*Map, error) {
	for _, k := range keys {
		e := m.own(k)
		if e == nil {
			e = r.newEntry(k, raw)
			e.value = &Node{kind: MapKind, m: NewMap(), line: e.line, col: e.col}
			m.entries = append(m.entries, e)
		}
		switch n := e.value; {
		case n.kind == MapKind:
			m = n.m
		case n.kind == ListKind && r.arrays[n] && len(n.items) > 0:
			m = n.items[len(n.items)-1].m
		default:
			return nil, r.errorf(int(raw.Offset), "key %q already holds a value that is not a table", k)
		}
	}
	return m, nil
}

// table opens the table or array-of-tables element that a header names,
// returning the map its keys go to.
func (r *tomlReader) table(expr *unstable.Node, keys []string, firstRaw unstable.Range) (*Map, error) {
	head, line := r.take(), trailingComment(expr)
	parent, err := r.descend(r.t.m, keys[:len(keys)-1], firstRaw)
	if err != nil {
		return nil, err
	}
	last := keys[len(keys)-1]
	e := parent.own(last)
	if expr.Kind == unstable.Table {
		if e == nil {
			e = r.newEntry(last, firstRaw)
			e.value = &Node{kind: MapKind, m: NewMap(), line: e.line, col: e.col}
			parent.entries = append(parent.entries, e)
		}
		e.com.head, e.com.line = joinComments(e.com.head, head), joinComments(e.com.line, line)
		if e.value.kind != MapKind {
			return nil, r.errorf(int(firstRaw.Offset), "table %q is already defined as a value", last)
		}
		return e.value.m, nil
	}
	if e == nil {
		e = r.newEntry(last, firstRaw)
		e.value = &Node{kind: ListKind, line: e.line, col: e.col}
		r.arrays[e.value] = true
		parent.entries = append(parent.entries, e)
	}
	if !r.arrays[e.value] {
		return nil, r.errorf(int(firstRaw.Offset), "%q is already defined as a value", last)
	}
	item := &Node{kind: MapKind, m: NewMap(), com: comments{head: head, line: line}}
	item.line, item.col = r.pos(int(firstRaw.Offset))
	e.value.items = append(e.value.items, item)
	return item.m, nil
}

// blankBefore reports whether a blank line separates the comments above
// off from the line at off.
func (r *tomlReader) blankBefore(off int) bool {
	start := r.lines.lineStart(off)
	if start == 0 {
		return false
	}
	prev := r.lines.lineStart(start - 1)
	return len(bytes.TrimSpace(r.raw[prev:start])) == 0
}

// recordChunk notes that a top-level expression for key starts on the line
// of raw, for rewriting the entry in place later.
func (r *tomlReader) recordChunk(key string, raw unstable.Range, table bool) {
	c := chunk{start: r.lines.lineStart(int(raw.Offset)), key: r.keyRange(raw), table: table}
	e := r.t.m.own(key)
	if e.src == nil {
		e.src = &span{}
	}
	e.src.chunks = append(e.src.chunks, c)
}

// keyRange returns where a key part is written, quotes included.
func (r *tomlReader) keyRange(raw unstable.Range) [2]int {
	off, end := int(raw.Offset), int(raw.Offset+raw.Length)
	if end <= off || end > len(r.raw) {
		return [2]int{}
	}
	return [2]int{off, end}
}

// value converts a value node. def is the offset to report when go-toml
// does not give the node's own.
func (r *tomlReader) value(v *unstable.Node, def, depth int) (*Node, error) {
	if depth > maxDepth {
		return nil, r.errorf(def, "values nest more than %d levels deep", maxDepth)
	}
	off := r.offsetOf(v, def)
	n := &Node{text: string(v.Data)}
	n.line, n.col = r.pos(off)
	switch v.Kind {
	case unstable.String:
		n.kind = StringKind
		raw := r.raw[min(off, len(r.raw)):]
		switch {
		case bytes.HasPrefix(raw, []byte(`"""`)) || bytes.HasPrefix(raw, []byte(`'''`)):
			n.style = styleLiteral
		case bytes.HasPrefix(raw, []byte(`'`)):
			n.style = styleSingle
		default:
			n.style = styleDouble
		}
	case unstable.Bool, unstable.Integer, unstable.Float, unstable.DateTime, unstable.LocalDateTime, unstable.LocalDate, unstable.LocalTime:
		n.kind = tomlKinds[v.Kind]
	case unstable.Array:
		n.kind, n.style, n.text = ListKind, styleFlow, ""
		var pending []string
		it := v.Children()
		for it.Next() {
			c := it.Node()
			if c.Kind == unstable.Comment {
				pending = append(pending, string(bytes.TrimRight(c.Data, "\r")))
				continue
			}
			item, err := r.value(c, off, depth+1)
			if err != nil {
				return nil, err
			}
			item.com.head, pending = joinLines(pending), nil
			n.items = append(n.items, item)
		}
		if len(pending) > 0 && len(n.items) > 0 {
			last := n.items[len(n.items)-1]
			last.com.foot = joinLines(pending)
		}
	case unstable.InlineTable:
		n.kind, n.style, n.text, n.m = MapKind, styleFlow, "", NewMap()
		it := v.Children()
		for it.Next() {
			kv := it.Node()
			if kv.Kind != unstable.KeyValue {
				continue
			}
			keys, raw := r.keyPath(kv)
			parent, err := r.descend(n.m, keys[:len(keys)-1], raw)
			if err != nil {
				return nil, err
			}
			val, err := r.value(kv.Value(), int(raw.Offset), depth+1)
			if err != nil {
				return nil, err
			}
			e := r.newEntry(keys[len(keys)-1], raw)
			e.value = val
			parent.entries = append(parent.entries, e)
		}
	default:
		return nil, r.errorf(off, "unexpected TOML value")
	}
	return n, nil
}

// tomlKinds are the kinds of TOML's scalars other than strings.
var tomlKinds = map[unstable.Kind]Kind{
	unstable.Bool:          BoolKind,
	unstable.Integer:       IntKind,
	unstable.Float:         FloatKind,
	unstable.DateTime:      DatetimeKind,
	unstable.LocalDateTime: LocalDatetimeKind,
	unstable.LocalDate:     LocalDateKind,
	unstable.LocalTime:     LocalTimeKind,
}

// tomlError turns a go-toml error into an *Error at its place in the file.
func tomlError(err error, lc *locator) error {
	var de *toml.DecodeError
	if errors.As(err, &de) {
		row, col := de.Position()
		off := 0
		if row >= 1 && row <= len(lc.lines) {
			off = min(lc.lines[row-1]+col-1, len(lc.raw))
		}
		return lc.errorf(off, "invalid TOML: %s", de.Error())
	}
	var pe *unstable.ParserError
	if errors.As(err, &pe) {
		return lc.errorf(subsliceOffset(lc.raw, pe.Highlight), "invalid TOML: %s", pe.Message)
	}
	return lc.errorf(0, "invalid TOML: %v", err)
}

// subsliceOffset returns where sub, a slice of raw as a parser hands it
// back, begins in raw; 0 when sub is not a part of raw.
func subsliceOffset(raw, sub []byte) int {
	off := cap(raw) - cap(sub)
	if len(sub) == 0 || off < 0 || off+len(sub) > len(raw) || &raw[off] != &sub[0] {
		return 0
	}
	return off
}
