package migrate

import (
	"bytes"

	"github.com/hugofmt/hugofmt/internal/mdscan"
)

// A lineAt is one line of the text, as the rules place things on it.
type lineAt struct {
	start   int    // its first byte
	content int    // where its content starts, after container markers ("> ", a list item's indentation)
	end     int    // where its line break starts, or the end of the text
	next    int    // the start of the next line
	nl      string // its line break: "\n", "\r\n", or "" on the last line
}

// line returns the line of the text holding offset off.
func (p *pass) line(off int) lineAt {
	doc := p.scan()
	i := doc.LineAt(min(off, len(p.text)-1))
	if i < 0 {
		return lineAt{start: len(p.text), content: len(p.text), end: len(p.text), next: len(p.text)}
	}
	l := doc.Lines()[i]
	la := lineAt{start: l.Start, content: l.Content, end: l.End, next: l.End}
	switch {
	case bytes.HasSuffix(p.text[l.Start:l.End], []byte("\r\n")):
		la.end, la.nl = l.End-2, "\r\n"
	case bytes.HasSuffix(p.text[l.Start:l.End], []byte("\n")):
		la.end, la.nl = l.End-1, "\n"
	}
	la.content = min(la.content, la.end)
	return la
}

// newline returns the line break the text uses at off: that of its line,
// else of the text's first line, else "\n".
func (p *pass) newline(off int) string {
	if nl := p.line(off).nl; nl != "" {
		return nl
	}
	if i := bytes.IndexByte(p.text, '\n'); i > 0 && p.text[i-1] == '\r' {
		return "\r\n"
	}
	return "\n"
}

// continuation returns what a new line inserted after line l needs in
// front to stay in l's containers: its block quote markers, with the list
// markers and indentation turned into spaces.
func (p *pass) continuation(l lineAt) string {
	b := []byte(string(p.text[l.start:l.content]))
	for i, c := range b {
		if c != '>' && c != ' ' && c != '\t' {
			b[i] = ' '
		}
	}
	return string(b)
}

// blank reports whether text[start:end] holds only spaces and tabs.
func blank(b []byte) bool {
	return len(bytes.Trim(b, " \t")) == 0
}

// alone reports whether text[start:end] is alone on its line or lines,
// but for container markers and white space.
func (p *pass) alone(start, end int) bool {
	first, last := p.line(start), p.line(max(end-1, start))
	return blank(p.text[first.content:start]) && blank(p.text[end:max(last.end, end)])
}

// hasLine reports whether test accepts one of the lines of text, trimmed
// of white space.
func hasLine(text []byte, test func(line []byte) bool) bool {
	for len(text) > 0 {
		line := text
		if i := bytes.IndexByte(text, '\n'); i >= 0 {
			line, text = text[:i], text[i+1:]
		} else {
			text = nil
		}
		if test(bytes.TrimSpace(line)) {
			return true
		}
	}
	return false
}

// firstLines calls visit with the first line of each block of the kind,
// in order, when test accepts at least one line of the text, trimmed: a
// byte test before the body's structure is read.
func (p *pass) firstLines(kind mdscan.Kind, test func(line []byte) bool, visit func(first lineAt, b mdscan.Block)) {
	if !hasLine(p.text, test) {
		return
	}
	doc := p.scan()
	for _, b := range doc.Blocks() {
		if b.Kind == kind {
			visit(p.line(doc.Lines()[b.First].Start), b)
		}
	}
}
