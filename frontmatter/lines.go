package frontmatter

import (
	"bytes"
	"fmt"
	"sort"
	"unicode/utf8"
)

// lineIndex holds the offsets where the lines of a text begin. It counts
// "\r\n", a lone "\r" and "\n" as one line end each, as the YAML and TOML
// parsers do.
type lineIndex []int

func newLineIndex(b []byte) lineIndex {
	li := lineIndex{0}
	for i := 0; i < len(b); i++ {
		switch b[i] {
		case '\r':
			if i+1 < len(b) && b[i+1] == '\n' {
				i++
			}
			li = append(li, i+1)
		case '\n':
			li = append(li, i+1)
		}
	}
	return li
}

// offset returns the byte offset of the 1-based line and the 1-based
// column counted in characters, as go.yaml.in/yaml/v3 reports them.
func (li lineIndex) offset(b []byte, line, runeCol int) int {
	if line < 1 || line > len(li) {
		return len(b)
	}
	off := li[line-1]
	for c := 1; c < runeCol && off < len(b); c++ {
		_, size := utf8.DecodeRune(b[off:])
		off += size
	}
	return off
}

// lineOf returns the 1-based line holding offset off.
func (li lineIndex) lineOf(off int) int {
	return sort.Search(len(li), func(i int) bool { return li[i] > off })
}

// lineStart returns the offset of the start of the line holding off.
func (li lineIndex) lineStart(off int) int { return li[li.lineOf(off)-1] }

// nextLine returns the offset of the start of the line after the one
// holding off, or n (the length of the text) on the last line.
func (li lineIndex) nextLine(off, n int) int {
	if l := li.lineOf(off); l < len(li) {
		return li[l]
	}
	return n
}

// fileLines returns the offsets where the lines of b begin as positions in
// a file count them: after each "\n" only. A lone "\r" ends a line for the
// YAML and TOML parsers (li), not in path:line:col. It returns li when the
// two agree: when b holds no lone "\r".
func fileLines(b []byte, li lineIndex) lineIndex {
	if len(li) == bytes.Count(b, []byte("\n"))+1 {
		return li
	}
	fl := lineIndex{0}
	for i, c := range b {
		if c == '\n' {
			fl = append(fl, i+1)
		}
	}
	return fl
}

// A locator turns offsets in the front matter text into positions in the
// file, for nodes, keys and errors.
type locator struct {
	raw   []byte
	lines lineIndex // as the parsers count lines
	file  lineIndex // as positions in the file count them (fileLines)
	line0 int       // the file line of the text's first line
	col0  int       // the file column where the text begins
}

// pos returns the 1-based line and byte column in the file of raw[off].
func (lc *locator) pos(off int) (line, col int) {
	l := lc.file.lineOf(off)
	col = off - lc.file[l-1] + 1
	if l == 1 {
		col += lc.col0 - 1
	}
	return lc.line0 + l - 1, col
}

// errorf returns an *Error at raw[off].
func (lc *locator) errorf(off int, format string, args ...any) *Error {
	line, col := lc.pos(off)
	return &Error{Line: line, Col: col, Msg: fmt.Sprintf(format, args...)}
}
