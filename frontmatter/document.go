package frontmatter

import "bytes"

// A Document is a content file split into front matter and body the way
// Hugo splits it. A Document that nothing changed gives back its source byte
// for byte: BOM, line endings, blank lines, comments and all.
//
// Front matter is parsed only when a caller asks for it, so that a file no
// rule needs to read costs no more than a byte search.
type Document struct {
	src      []byte
	l        layout
	warnings []Warning

	body    []byte // the new body, when bodySet
	bodySet bool
	bmap    *bodyMap // for BodyPosition, once asked

	t      *tree  // the parsed front matter, once Meta was called
	tErr   error  // why it could not be parsed
	parsed bool   // Meta was called
	target Format // the format Bytes writes, when SetFormat changed it

	quickFM   *quickFM // the front matter as quickYAML reads it, once quickRead
	quickRead bool
}

// Parse splits src into front matter and body following the rules of Hugo's
// page lexer: a BOM and leading blank lines are skipped, "---" opens YAML,
// "+++" TOML, "{" JSON and "#+" Org keywords; the front matter ends at the
// first line that starts with the same delimiter. A file with no front
// matter is all body.
//
// Parse returns an *Error when the front matter is opened but never closed,
// since Hugo fails on such a file. Parse keeps src: the caller must not
// modify it while the Document is in use.
func Parse(src []byte) (*Document, error) {
	l, warns, err := split(src)
	if err != nil {
		return nil, err
	}
	return &Document{src: src, l: l, warnings: warns}, nil
}

// Format returns the format of the front matter, or None when the file has
// none.
func (d *Document) Format() Format { return d.l.format }

// Raw returns the front matter text as Hugo hands it to a decoder: for YAML
// and TOML the lines between the delimiters, for JSON the object and for Org
// the keyword lines (without the blank space Hugo's lexer keeps around
// those two, which the decoders skip). It is nil when the file has no front
// matter. The e2e suite checks the split against Hugo's own lexer.
func (d *Document) Raw() []byte {
	if d.l.format == None {
		return nil
	}
	return d.src[d.l.start:d.l.end]
}

// Body returns the content after the front matter. The slice aliases the
// Document's source or the last body given to SetBody; callers must not
// modify it.
func (d *Document) Body() []byte {
	if d.bodySet {
		return d.body
	}
	return d.src[d.l.body:]
}

// BodyOffset returns where the body begins in the source. To turn a
// position found in the body into one in the file, use BodyPosition.
func (d *Document) BodyOffset() int { return d.l.body }

// SetBody replaces the content after the front matter. The front matter
// and everything before the body are kept as they are. Positions in the
// new body still lead back to the file as it was read: see BodyPosition.
func (d *Document) SetBody(body []byte) {
	if !d.bodySet && bytes.Equal(body, d.src[d.l.body:]) {
		return
	}
	d.body, d.bodySet = body, true
	if d.bmap != nil {
		d.bmap.lines, d.bmap.runs = nil, nil
	}
}

// Warnings returns what Hugo would probably read otherwise than the author
// meant: a closing delimiter with text after it, a "+++" inside a TOML
// multi-line string, content that Hugo takes for a broken delimiter.
func (d *Document) Warnings() []Warning { return d.warnings }

// Changed reports whether Bytes would return something other than the
// source: the body was replaced, the front matter edited or converted.
func (d *Document) Changed() bool {
	return d.bodySet && !bytes.Equal(d.body, d.src[d.l.body:]) || d.metaChanged()
}

// metaChanged reports whether the front matter must be written anew.
func (d *Document) metaChanged() bool {
	switch {
	case d.t == nil:
		return false
	case d.l.format == None:
		// Converting a file with no front matter gives it none.
		return len(d.t.m.entries) > 0
	}
	return d.target != "" && d.target != d.l.format || d.t.m.modified()
}

// Bytes returns the document as a file. With no change it is the source,
// byte for byte. When only the body changed, everything before it is kept
// byte for byte. When the front matter was edited, only the top-level
// entries that changed are written anew, in the file's own style; every
// other byte (comments, blank lines, quoting, line ends) is kept. When the
// format was changed (SetFormat), the front matter is written whole in the
// new format, with the file's line ends and BOM, and the body is kept byte
// for byte.
//
// Bytes fails, leaving nothing half-done, when the front matter holds what
// its format cannot (a null set into a TOML document, for instance).
func (d *Document) Bytes() ([]byte, error) {
	if !d.Changed() {
		return d.src, nil
	}
	head, body, err := d.head()
	if err != nil {
		return nil, err
	}
	out := make([]byte, 0, len(head)+len(body))
	out = append(out, head...)
	return append(out, body...), nil
}

// Position turns a byte offset in the source (the file as Parse read it)
// into a 1-based line and column (in bytes).
func (d *Document) Position(offset int) (line, col int) { return position(d.src, offset) }
