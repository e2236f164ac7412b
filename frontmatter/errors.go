package frontmatter

import "fmt"

// An Error is a problem at a position in a file that stops hugofmt from
// reading or converting it; the position is in the file as it was read.
// Its message reads "path:line:col: what is wrong", as compilers print, so
// that editors can jump to it; the path is left out when empty.
type Error struct {
	Path string // the file, when known; set by callers that read files
	Line int    // 1-based line
	Col  int    // 1-based column, in bytes
	Msg  string // what is wrong, without the position
	Err  error  // the cause, when there is one (ErrNull …, an *embed.Error); see errors.Is and errors.As
}

// Unwrap returns the cause, so that errors.Is(err, ErrNull) and
// errors.As(err, &embedErr) work.
func (e *Error) Unwrap() error { return e.Err }

// Error returns "path:line:col: msg", or "line:col: msg" without a path.
func (e *Error) Error() string {
	if e.Path == "" {
		return fmt.Sprintf("%d:%d: %s", e.Line, e.Col, e.Msg)
	}
	return fmt.Sprintf("%s:%d:%d: %s", e.Path, e.Line, e.Col, e.Msg)
}

// A Warning notes something hugofmt can read but that Hugo probably reads
// otherwise than its author meant, and that nothing changed: a closing
// delimiter with text after it (Parse), keys that differ only in case or a
// date no one can read (the rules). Warnings never stop a conversion.
type Warning struct {
	// Rule names the rule that saw the problem; it is empty for what
	// Parse and SetFormat see.
	Rule string
	// Line and Col give the position, 1-based, the column in bytes, in
	// the file as Parse read it.
	Line, Col int
	Msg       string // what Hugo would read otherwise, and why
}

// String returns "line:col: msg", or "line:col: rule: msg" for a rule's
// warning.
func (w Warning) String() string {
	if w.Rule != "" {
		return fmt.Sprintf("%d:%d: %s: %s", w.Line, w.Col, w.Rule, w.Msg)
	}
	return fmt.Sprintf("%d:%d: %s", w.Line, w.Col, w.Msg)
}

func errorAt(src []byte, i int, format string, args ...any) *Error {
	line, col := position(src, i)
	return &Error{Line: line, Col: col, Msg: fmt.Sprintf(format, args...)}
}

func warningAt(src []byte, i int, format string, args ...any) Warning {
	line, col := position(src, i)
	return Warning{Line: line, Col: col, Msg: fmt.Sprintf(format, args...)}
}
