package frontmatter

import (
	"bytes"
	"fmt"
	"unicode/utf8"
)

// Format names a front matter format.
type Format string

// The formats Hugo reads. Org front matter is recognised and kept, but not
// parsed or converted.
const (
	None Format = ""     // no front matter
	YAML Format = "yaml" // between "---" lines
	TOML Format = "toml" // between "+++" lines
	JSON Format = "json" // a JSON object at the start of the file
	Org  Format = "org"  // "#+KEY: value" lines at the start of the file
)

// ParseFormat returns the format named s, one of those front matter can be
// written in: "yaml", "toml" or "json", as the batch tool's -to takes them.
// Any other name, "org" and "" included, is an error that wraps
// ErrNoFormat and names the three.
func ParseFormat(s string) (Format, error) {
	switch f := Format(s); f {
	case YAML, TOML, JSON:
		return f, nil
	}
	return None, fmt.Errorf("%w: %q (the formats are yaml, toml and json)", ErrNoFormat, s)
}

// bom is the UTF-8 encoding of U+FEFF, which Hugo skips at the start of a
// file.
const bom = "\ufeff"

// layout records where the parts of a file begin and end. A file is the
// concatenation of
//
//	src[:open]          what Hugo skips before the front matter: a BOM
//	                    and blank lines
//	src[open:start]     the opening delimiter line ("---\n"); empty for JSON and Org
//	src[start:end]      the front matter text a decoder reads; for JSON the
//	                    whole object, braces included
//	src[end:body]       the closing delimiter and one line end, or the line
//	                    end after a JSON object
//	src[body:]          the content
//
// With no front matter, open = start = end = body = 0: the whole file is
// content, leading blank lines and BOM included, as Hugo has it.
type layout struct {
	format                 Format
	open, start, end, body int
}

// split finds the front matter of src following the rules of Hugo's page
// lexer (parser/pageparser), so that hugofmt and Hugo always agree on where
// front matter ends and content begins. Warnings note where the file is
// valid but Hugo probably reads it otherwise than its author meant.
func split(src []byte) (layout, []Warning, error) {
	var warns []Warning
	i := 0
	for i < len(src) {
		c := src[i]
		switch {
		case c == ' ' || c == '\t' || c == '\r' || c == '\n':
			i++
			continue
		case bytes.HasPrefix(src[i:], []byte(bom)):
			i += len(bom)
			continue
		}
		var (
			l   layout
			err error
		)
		switch c {
		case '-', '+':
			l, warns, err = splitDelimited(src, i, warns)
		case '{':
			l, err = splitJSON(src, i)
		case '#':
			if !bytes.HasPrefix(src[i:], []byte("#+")) {
				return layout{}, warns, nil
			}
			l = splitOrg(src, i)
		default:
			return layout{}, warns, nil
		}
		if err != nil {
			return layout{}, warns, err
		}
		return l, warns, nil
	}
	return layout{}, warns, nil
}

// splitDelimited handles YAML ("---") and TOML ("+++") front matter that
// starts at src[i].
func splitDelimited(src []byte, i int, warns []Warning) (layout, []Warning, error) {
	delim, format, name := []byte("---"), YAML, "YAML"
	if src[i] == '+' {
		delim, format, name = []byte("+++"), TOML, "TOML"
	}
	if !bytes.HasPrefix(src[i:], delim) {
		// Not front matter, but Hugo fails the build on such a file
		// ("invalid YAML delimiter").
		warns = append(warns, warningAt(src, i, "content starts with %q and no front matter: Hugo reads it as a broken %s delimiter and fails; add front matter or escape the first character", firstLine(src[i:]), name))
		return layout{}, warns, nil
	}
	l := layout{format: format, open: i}
	// Like Hugo, drop the delimiter and one line end; anything else on the
	// line goes to the decoder.
	l.start = consumeEOL(src, i+3)
	if l.start == i+3 {
		if rest := bytes.TrimSpace(firstLine(src[i+3:])); len(rest) > 0 {
			warns = append(warns, warningAt(src, i+3, "%q after the opening %s delimiter is read as front matter", rest, name))
		}
	}
	// The front matter ends at the first line that starts with the
	// delimiter, whatever follows it on that line. Hugo counts a lone "\r"
	// as a line end too, and looks for the delimiter only after a line end:
	// the rest of a "------" opening line is front matter, not its end.
	p := l.start
	if p == i+3 {
		p = lineEndAny(src, p)
	}
	for {
		if bytes.HasPrefix(src[p:], delim) {
			l.end = p
			break
		}
		if p = lineEndAny(src, p); p == len(src) {
			return layout{}, warns, errorAt(src, i, "%s front matter opened here is never closed: no line starts with %q", name, delim)
		}
	}
	l.body = consumeEOL(src, l.end+3)
	if l.body == l.end+3 {
		if rest := bytes.TrimSpace(firstLine(src[l.body:])); len(rest) > 0 {
			warns = append(warns, warningAt(src, l.end, "the line %q closes the %s front matter; %q after the delimiter is content", firstLine(src[l.end:]), name, rest))
		}
	}
	if format == TOML {
		warns = append(warns, tomlDelimiterInString(src, l)...)
	}
	return l, warns, nil
}

// tomlDelimiterInString warns when the closing "+++" sits where a TOML
// multi-line string is still open: Hugo cut the string there.
func tomlDelimiterInString(src []byte, l layout) []Warning {
	fm := src[l.start:l.end]
	open := 0
	for _, q := range [][]byte{[]byte(`"""`), []byte(`'''`)} {
		open += bytes.Count(fm, q)
	}
	if open%2 == 0 {
		return nil
	}
	return []Warning{warningAt(src, l.end, "this \"+++\" line ends the TOML front matter inside a multi-line string; Hugo reads the rest of the string as content")}
}

// splitJSON handles JSON front matter: an object whose braces are matched,
// skipping braces inside strings, as Hugo does.
func splitJSON(src []byte, i int) (layout, error) {
	l := layout{format: JSON, open: i, start: i}
	depth, inString := 0, false
	for p := i; p < len(src); p++ {
		switch src[p] {
		case '\\':
			p++ // the escaped character, whatever it is
		case '"':
			inString = !inString
		case '{':
			if !inString {
				depth++
			}
		case '}':
			if !inString {
				depth--
			}
		}
		if depth == 0 {
			l.end = p + 1
			l.body = consumeEOL(src, l.end)
			return l, nil
		}
	}
	return layout{}, errorAt(src, i, "JSON front matter opened here is never closed")
}

// splitOrg handles Org mode keywords: lines starting with "#+".
func splitOrg(src []byte, i int) layout {
	l := layout{format: Org, open: i, start: i}
	p := i
	for p < len(src) && bytes.HasPrefix(src[p:], []byte("#+")) {
		p = lineEnd(src, p)
	}
	l.end, l.body = p, p
	return l
}

// lineEnd returns the index just past the end of the line holding src[i].
func lineEnd(src []byte, i int) int {
	if nl := bytes.IndexByte(src[i:], '\n'); nl >= 0 {
		return i + nl + 1
	}
	return len(src)
}

// lineEndAny returns the index just past the first "\r" or "\n" at or
// after src[i], or len(src).
func lineEndAny(src []byte, i int) int {
	if nl := bytes.IndexAny(src[i:], "\r\n"); nl >= 0 {
		return i + nl + 1
	}
	return len(src)
}

// consumeEOL skips one optional "\r" and one optional "\n" at src[i], as
// Hugo's lexer does after a delimiter.
func consumeEOL(src []byte, i int) int {
	if i < len(src) && src[i] == '\r' {
		i++
	}
	if i < len(src) && src[i] == '\n' {
		i++
	}
	return i
}

func firstLine(b []byte) []byte {
	if i := bytes.IndexAny(b, "\r\n"); i >= 0 {
		b = b[:i]
	}
	if len(b) > 40 {
		n := 37
		for n > 0 && !utf8.RuneStart(b[n]) {
			n--
		}
		b = append(b[:n:n], "..."...)
	}
	return b
}

// position returns the 1-based line and column (in bytes) of src[i].
func position(src []byte, i int) (line, col int) {
	i = min(i, len(src))
	line = 1 + bytes.Count(src[:i], []byte("\n"))
	col = i - (bytes.LastIndexByte(src[:i], '\n') + 1) + 1
	return line, col
}
