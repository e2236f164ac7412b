package convert

import (
	"bytes"
	"fmt"
	"unicode/utf8"

	"github.com/hugofmt/hugofmt/frontmatter"
)

// checkText fails unless src is UTF-8 text, the only encoding Hugo reads.
// A file in another encoding (Latin-1, UTF-16) or a binary file would come
// out of a conversion mangled, so it is refused and left as it is.
func checkText(src []byte) error {
	if bytes.HasPrefix(src, []byte{0xFF, 0xFE}) || bytes.HasPrefix(src, []byte{0xFE, 0xFF}) {
		return errorAt(src, 0, "UTF-16 text: Hugo and hugofmt read UTF-8 only")
	}
	if i := bytes.IndexByte(src, 0); i >= 0 {
		return errorAt(src, i, "binary file: NUL byte")
	}
	if utf8.Valid(src) {
		return nil
	}
	for i := 0; i < len(src); {
		r, n := utf8.DecodeRune(src[i:])
		if r == utf8.RuneError && n == 1 {
			return errorAt(src, i, "invalid UTF-8 (byte %#02x): Hugo and hugofmt read UTF-8 only", src[i])
		}
		i += n
	}
	return nil // not reached: utf8.Valid found an invalid sequence
}

// errorAt returns a *frontmatter.Error for the byte at offset i of src.
func errorAt(src []byte, i int, format string, args ...any) *frontmatter.Error {
	line, col := position(src, i)
	return &frontmatter.Error{Line: line, Col: col, Msg: fmt.Sprintf(format, args...)}
}

// position returns the 1-based line and byte column of offset i in src.
func position(src []byte, i int) (line, col int) {
	i = min(max(i, 0), len(src))
	line = 1 + bytes.Count(src[:i], []byte("\n"))
	return line, i - (bytes.LastIndexByte(src[:i], '\n') + 1) + 1
}
