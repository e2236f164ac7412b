package mdscan

import "bytes"

// reader walks the lines of a body as goldmark's text.Reader does: a
// position in the current line, plus "padding", the columns of a tab that
// a container marker consumed only in part. peekLine materialises the
// padding as spaces, as goldmark does, so that the block parsers can index
// lines exactly as goldmark's do.
type reader struct {
	src     []byte
	lines   []lineState // lines[i].end: where line i ends, just past its '\n', or len(src)
	line    int         // index of the current line
	head    int         // offset where the current line starts
	pos     int         // the current position
	stop    int         // end of the current line: just past its '\n', or len(src)
	padding int

	peeked []byte // the cached result of peekLine, nil when stale
	buf    []byte // scratch space for padded lines
}

// peekLine returns the rest of the current line, its newline included and
// its padding as leading spaces, or nil at the end of the body.
func (r *reader) peekLine() []byte {
	if r.pos >= len(r.src) {
		return nil
	}
	if r.peeked == nil {
		if r.padding == 0 {
			r.peeked = r.src[r.pos:r.stop]
		} else {
			r.buf = append(r.buf[:0], spaces(r.padding)...)
			r.buf = append(r.buf, r.src[r.pos:r.stop]...)
			r.peeked = r.buf
		}
	}
	return r.peeked
}

// lineOffset returns the column of the current position (tabs expanded
// to multiples of four), not counting the padding.
func (r *reader) lineOffset() int {
	v := 0
	for i := r.head; i < r.pos; i++ {
		if r.src[i] == '\t' {
			v += tabWidth(v)
		} else {
			v++
		}
	}
	return v - r.padding
}

// advance moves n columns of padding, then n bytes, forward, going on to
// the next line when it meets a newline.
func (r *reader) advance(n int) {
	r.peeked = nil
	for ; n > 0 && r.pos < len(r.src); n-- {
		switch {
		case r.padding > 0:
			r.padding--
		case r.src[r.pos] == '\n':
			r.advanceLine()
		default:
			r.pos++
		}
	}
}

func (r *reader) advanceAndSetPadding(n, padding int) {
	r.advance(n)
	if padding > r.padding {
		r.padding = padding
		r.peeked = nil
	}
}

// advanceToEOL moves to the newline ending the current line, or to the end
// of the body.
func (r *reader) advanceToEOL() {
	if r.pos >= len(r.src) {
		return
	}
	r.peeked = nil
	if r.stop > 0 && r.src[r.stop-1] == '\n' {
		r.pos = r.stop - 1
	} else {
		r.pos = len(r.src)
	}
	r.padding = 0
}

// advanceLine moves to the start of the next line.
func (r *reader) advanceLine() {
	r.peeked = nil
	r.pos = r.stop
	r.head = r.pos
	if r.pos >= len(r.src) {
		return
	}
	r.line++
	r.stop = int(r.lines[r.line].end)
	r.padding = 0
}

// skipBlankLines moves past blank lines; it reports false at the end of
// the body.
func (r *reader) skipBlankLines() bool {
	for {
		line := r.peekLine()
		if line == nil {
			return false
		}
		if !isBlank(line) {
			return true
		}
		r.advanceLine()
	}
}

const manySpaces = "                                "

func spaces(n int) string {
	if n <= len(manySpaces) {
		return manySpaces[:n]
	}
	return string(bytes.Repeat([]byte{' '}, n))
}

func tabWidth(col int) int { return 4 - col%4 }

// isSpace reports the bytes goldmark counts as space: space, tab, CR, LF.
func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

func isBlank(b []byte) bool {
	for _, c := range b {
		if !isSpace(c) {
			return false
		}
	}
	return true
}

// indentWidth returns the width in columns of the spaces and tabs that
// begin b, and their length in bytes; col is the column of b[0].
func indentWidth(b []byte, col int) (width, n int) {
	for _, c := range b {
		switch c {
		case ' ':
			width++
		case '\t':
			width += tabWidth(col + width)
		default:
			return width, n
		}
		n++
	}
	return width, n
}

// indentPosition finds where an indentation of width columns ends in b,
// whose first pad bytes are padding: it returns the byte index (padding
// not counted) and the columns of a tab left over, or -1, -1 when b is
// not indented that far.
func indentPosition(b []byte, col, pad, width int) (pos, padding int) {
	if width == 0 {
		return 0, pad
	}
	w, i, p := 0, 0, pad
loop:
	for ; i < len(b); i++ {
		switch {
		case p > 0:
			p--
			w++
		case b[i] == '\t' && w < width:
			w += tabWidth(col + w)
		case b[i] == ' ' && w < width:
			w++
		default:
			break loop
		}
	}
	if w >= width {
		return i - pad, w - width
	}
	return -1, -1
}

func trimLeftSpaceLength(b []byte) int {
	i := 0
	for i < len(b) && isSpace(b[i]) {
		i++
	}
	return i
}

func trimRightSpaceLength(b []byte) int {
	i := len(b)
	for i > 0 && isSpace(b[i-1]) {
		i--
	}
	return len(b) - i
}
