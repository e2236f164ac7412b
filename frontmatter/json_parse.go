package frontmatter

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
)

// jsonReader builds the model from encoding/json's token stream, with
// numbers kept as written: integers beyond 2^53 stay exact.
type jsonReader struct {
	*locator
	dec *json.Decoder
}

func parseJSON(lc *locator) (*tree, error) {
	t := newTree(JSON, lc)
	r := &jsonReader{locator: lc, dec: json.NewDecoder(bytes.NewReader(lc.raw))}
	r.dec.UseNumber()
	n, err := r.value(0)
	if err != nil {
		return nil, err
	}
	if n.kind != MapKind {
		return nil, lc.errorf(0, "JSON front matter must be an object")
	}
	t.m = n.m
	t.orig = append([]*entry(nil), t.m.entries...)
	t.splice = true
	return t, nil
}

// next returns the next token and the offset where it starts.
func (r *jsonReader) next() (json.Token, int, error) {
	start := r.skip(int(r.dec.InputOffset()))
	tok, err := r.dec.Token()
	if err != nil {
		if errors.Is(err, io.EOF) {
			err = io.ErrUnexpectedEOF
		}
		off := start
		var se *json.SyntaxError
		if errors.As(err, &se) {
			off = int(se.Offset)
		}
		return nil, start, r.errorf(min(off, len(r.raw)), "invalid JSON: %v", err)
	}
	return tok, start, nil
}

// skip returns the offset of the first byte at or after off that is not
// white space or a separator.
func (r *jsonReader) skip(off int) int {
	for off < len(r.raw) && bytes.IndexByte([]byte(" \t\r\n,:"), r.raw[off]) >= 0 {
		off++
	}
	return off
}

func (r *jsonReader) value(depth int) (*Node, error) {
	tok, start, err := r.next()
	if err != nil {
		return nil, err
	}
	return r.valueFrom(tok, start, depth)
}

func (r *jsonReader) valueFrom(tok json.Token, start, depth int) (*Node, error) {
	if depth > maxDepth {
		return nil, r.errorf(start, "values nest more than %d levels deep", maxDepth)
	}
	n := &Node{}
	n.line, n.col = r.pos(start)
	switch v := tok.(type) {
	case nil:
		n.kind = NullKind
	case bool:
		n.kind, n.text = BoolKind, map[bool]string{true: "true", false: "false"}[v]
	case string:
		n.kind, n.text, n.style = StringKind, v, styleDouble
	case json.Number:
		n.kind, n.text = FloatKind, string(v)
		if jsonInt.MatchString(n.text) {
			n.kind = IntKind
		}
	case json.Delim:
		if v == '[' {
			n.kind = ListKind
			for r.dec.More() {
				it, err := r.value(depth + 1)
				if err != nil {
					return nil, err
				}
				n.items = append(n.items, it)
			}
		} else {
			n.kind, n.m = MapKind, NewMap()
			for r.dec.More() {
				if err := r.member(n.m, depth, depth == 0); err != nil {
					return nil, err
				}
			}
		}
		if _, _, err := r.next(); err != nil { // the closing ] or }
			return nil, err
		}
	}
	return n, nil
}

// member reads `"key": value` into m; at the top level it records where
// the member is written.
func (r *jsonReader) member(m *Map, depth int, top bool) error {
	tok, start, err := r.next()
	if err != nil {
		return err
	}
	key, _ := tok.(string)
	if first := m.own(key); first != nil {
		return r.errorf(start, "duplicate key %q (first at line %d)", key, first.line)
	}
	e := &entry{key: key, keyStyle: styleDouble}
	e.line, e.col = r.pos(start)
	keyEnd := int(r.dec.InputOffset())
	if e.value, err = r.value(depth + 1); err != nil {
		return err
	}
	if top {
		e.src = &span{chunks: []chunk{{lead: start, start: start, end: int(r.dec.InputOffset()), key: [2]int{start, keyEnd}}}}
	}
	m.entries = append(m.entries, e)
	return nil
}
