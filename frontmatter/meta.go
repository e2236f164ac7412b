package frontmatter

import (
	"bytes"
)

// Meta returns the front matter as an ordered, comment-keeping map,
// parsing it on the first call; later calls return the same map, with the
// changes made to it. A file with no front matter has an empty map: keys
// set into it are written as new YAML front matter (or in the format given
// to SetFormat).
//
// Values are typed as Hugo's own decoders type them (see Kind). Meta
// returns an *Error with the position in the file when the front matter is
// not valid for Hugo: a syntax error, a key defined twice, YAML aliases
// that expand without bound, values nested too deep. Org front matter is
// read-only: Meta returns an error wrapping ErrReadOnly.
func (d *Document) Meta() (*Map, error) {
	t, err := d.tree()
	if err != nil {
		return nil, err
	}
	return t.m, nil
}

func (d *Document) tree() (*tree, error) {
	if d.parsed {
		return d.t, d.tErr
	}
	d.parsed = true
	line, col := position(d.src, d.l.start)
	lc := &locator{raw: d.Raw(), line0: line, col0: col}
	lc.lines = newLineIndex(lc.raw)
	lc.file = fileLines(lc.raw, lc.lines)
	switch d.l.format {
	case None:
		d.t = newTree(None, lc)
	case YAML:
		d.t, d.tErr = parseYAML(lc)
	case TOML:
		d.t, d.tErr = parseTOML(lc)
	case JSON:
		d.t, d.tErr = parseJSON(lc)
	default:
		d.tErr = &Error{Line: line, Col: col, Msg: "Org front matter is read-only: hugofmt keeps it as it is", Err: ErrReadOnly}
	}
	if d.tErr != nil {
		d.t = nil
	}
	return d.t, d.tErr
}

// SetFormat converts the front matter to format f (YAML, TOML or JSON),
// effective in Bytes. Key order is kept, except that TOML puts a table's
// plain keys before its sub-tables; comments move between YAML and TOML;
// values keep their kind and meaning (dates stay dates with their offsets,
// integers stay exact, block text stays block text).
//
// The warnings say what changed form: comments JSON cannot hold, YAML
// aliases expanded, a YAML leading-zero octal written in decimal, a YAML
// key that is not a string. What the target cannot hold at all is an error
// wrapping ErrNull, ErrNotFinite or ErrIntRange, naming the key; the
// document is then left as it was. Converting to the document's own
// format does nothing.
func (d *Document) SetFormat(f Format) ([]Warning, error) {
	if _, err := ParseFormat(string(f)); err != nil {
		return nil, err
	}
	t, err := d.tree()
	if err != nil {
		return nil, err
	}
	if f == d.l.format {
		d.target = ""
		return nil, nil
	}
	w := d.newWriter(t, f)
	w.render(t, f)
	if w.err != nil {
		return nil, w.err
	}
	d.target = f
	return w.conversionWarnings(d, f), nil
}

// targetFormat returns the format Bytes writes the front matter in.
func (d *Document) targetFormat() Format {
	switch {
	case d.target != "":
		return d.target
	case d.l.format == None:
		return YAML
	}
	return d.l.format
}

// head returns what Bytes writes before the body, and the body.
func (d *Document) head() (head, body []byte, err error) {
	body = d.Body()
	if !d.metaChanged() {
		return d.src[:d.l.body], body, nil
	}
	f := d.targetFormat()
	if f == d.l.format {
		fm, err := d.splice(d.t)
		if err != nil {
			return nil, nil, err
		}
		open := d.src[:d.l.start]
		if !d.t.splice && f != JSON && d.l.start == d.l.open+3 {
			// The text began on the delimiter's line; it now has its own.
			open = concat(open, []byte(d.eol()))
		}
		return concat(open, fm, d.src[d.l.end:d.l.body]), body, nil
	}
	w := d.newWriter(d.t, f)
	fm := w.render(d.t, f)
	if w.err != nil {
		return nil, nil, w.err
	}
	prefix, after := d.src[:d.l.open], d.afterClose()
	if d.l.format == None && bytes.HasPrefix(body, []byte(bom)) && !d.bodySet {
		prefix, body = body[:len(bom)], body[len(bom):]
	}
	if len(after) == 0 && len(body) > 0 {
		after = []byte(w.eol)
	}
	switch f {
	case JSON:
		return concat(prefix, fm, after), body, nil
	case TOML:
		return concat(prefix, []byte("+++"+w.eol), fm, []byte("+++"), after), body, nil
	}
	return concat(prefix, []byte("---"+w.eol), fm, []byte("---"), after), body, nil
}

// afterClose returns what follows the closing delimiter up to the body:
// its line end, and the end of an enclosing HTML comment.
func (d *Document) afterClose() []byte {
	switch d.l.format {
	case None:
		return nil
	case JSON:
		return d.src[d.l.end:d.l.body]
	}
	return d.src[d.l.end+3 : d.l.body]
}

func concat(parts ...[]byte) []byte {
	n := 0
	for _, p := range parts {
		n += len(p)
	}
	out := make([]byte, 0, n)
	for _, p := range parts {
		out = append(out, p...)
	}
	return out
}
