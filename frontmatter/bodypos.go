package frontmatter

import (
	"bytes"
	"sort"

	"github.com/hugofmt/hugofmt/internal/diff"
)

// BodyPosition returns the position in the file, as Parse read it, of the
// byte at line and col of the body as Body returns it now (1-based, the
// column in bytes, counting lines by "\n"). Transforms that read the body
// report positions in it; this is how they become positions in the file,
// even after SetBody replaced the body, perhaps several times: a byte the
// new body kept from the file maps to where it was, and a byte a SetBody
// wrote maps to where the text it replaced began. line and col are those of
// a byte of the body, or of its end; once the body is replaced, a column
// past the end of its line is taken at the line's end, and a line past the
// body's last at the body's end.
func (d *Document) BodyPosition(line, col int) (fileLine, fileCol int) {
	line, col = max(line, 1), max(col, 1)
	m := d.positions()
	if !d.bodySet {
		if line == 1 {
			col += m.col0 - 1
		}
		return m.line0 + line - 1, col
	}
	body := d.body
	if m.lines == nil {
		m.lines = lineStarts(body)
		m.runs = diff.Runs(d.src[d.l.body:], body)
	}
	off := len(body)
	if line <= len(m.lines) {
		end := len(body)
		if line < len(m.lines) {
			end = m.lines[line] - 1 // the "\n"
		}
		off = min(m.lines[line-1]+col-1, end)
	}
	return m.file(d.src, d.l.body+diff.Origin(m.runs, off))
}

// A bodyMap holds what BodyPosition needs, computed once it is asked: where
// the body starts, and once the body is replaced, how it maps to the one
// read.
type bodyMap struct {
	line0, col0 int // the position of the body's first byte in the file

	lines []int      // where the lines of the replaced body start
	runs  []diff.Run // what the replaced body keeps of the one read
	src   []int      // where the lines of the source start, once needed
}

// positions returns d's bodyMap, making it when needed. SetBody drops what
// it held of the body it replaces.
func (d *Document) positions() *bodyMap {
	if d.bmap == nil {
		line0, col0 := d.Position(d.l.body)
		d.bmap = &bodyMap{line0: line0, col0: col0}
	}
	return d.bmap
}

// file returns the position of offset off of the source src.
func (m *bodyMap) file(src []byte, off int) (line, col int) {
	if m.src == nil {
		m.src = lineStarts(src)
	}
	line = sort.Search(len(m.src), func(i int) bool { return m.src[i] > off })
	return line, off - m.src[line-1] + 1
}

// lineStarts returns the offsets where the lines of b start, counting
// lines by "\n".
func lineStarts(b []byte) []int {
	starts := []int{0}
	for i := 0; ; {
		j := bytes.IndexByte(b[i:], '\n')
		if j < 0 {
			return starts
		}
		i += j + 1
		starts = append(starts, i)
	}
}
