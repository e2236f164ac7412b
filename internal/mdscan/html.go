package mdscan

import "bytes"

// htmlBlockType returns the kind of HTML block (1–7, as CommonMark numbers
// them) that line starts, or 0. It answers as goldmark's regular
// expressions do, quirks included: a tag name followed by a tab does not
// start a type 6 block unless it also matches type 7, and type 7 cannot
// interrupt a paragraph.
func htmlBlockType(line []byte, afterParagraph bool) int {
	i := 0
	for i < 3 && i < len(line) && line[i] == ' ' {
		i++
	}
	if i >= len(line) || line[i] != '<' {
		return 0
	}
	rest := line[i+1:]
	switch {
	case startsType1(rest):
		return 1
	case bytes.HasPrefix(rest, []byte("!--")):
		return 2
	case bytes.HasPrefix(rest, []byte("?")):
		return 3
	case len(rest) > 1 && rest[0] == '!' && rest[1] >= 'A' && rest[1] <= 'Z':
		return 4
	case bytes.HasPrefix(rest, []byte("![CDATA[")):
		return 5
	}
	if name, closing, attrs, ok := matchType7(rest); ok {
		switch {
		case blockTags[string(bytes.ToLower(name))]:
			return 6
		case !isRawTextTag(name) && !afterParagraph && !(closing && attrs):
			return 7
		}
	}
	if name, ok := matchType6(rest); ok && blockTags[string(bytes.ToLower(name))] {
		return 6
	}
	return 0
}

// startsType1 reports whether b, which follows a "<", opens a script,
// pre, style or textarea element: the name, then white space, ">", "/>"
// or the end of the line.
func startsType1(b []byte) bool {
	for _, name := range []string{"script", "pre", "style", "textarea"} {
		if len(b) < len(name) || !bytes.EqualFold(b[:len(name)], []byte(name)) {
			continue
		}
		b = b[len(name):]
		if len(b) == 0 || bytes.Equal(b, []byte("\n")) {
			return true
		}
		switch b[0] {
		case ' ', '\t', '\n', '\f', '\r', '>':
			return true
		case '/':
			return len(b) > 1 && b[1] == '>'
		}
		return false
	}
	return false
}

func isRawTextTag(name []byte) bool {
	n := string(bytes.ToLower(name))
	return n == "script" || n == "style" || n == "pre"
}

// hasType1End reports whether line closes a type 1 block.
func hasType1End(line []byte) bool {
	for i := bytes.Index(line, []byte("</")); i >= 0; {
		rest := line[i+2:]
		for _, name := range []string{"script", "pre", "style", "textarea"} {
			if len(rest) > len(name) && bytes.EqualFold(rest[:len(name)], []byte(name)) && rest[len(name)] == '>' {
				return true
			}
		}
		j := bytes.Index(rest, []byte("</"))
		if j < 0 {
			break
		}
		i += 2 + j
	}
	return false
}

// htmlBlockEnds holds what ends HTML blocks of types 2 to 5.
var htmlBlockEnds = [...][]byte{2: []byte("-->"), 3: []byte("?>"), 4: []byte(">"), 5: []byte("]]>")}

// tagName returns the length of the tag name at the start of b:
// [a-zA-Z][a-zA-Z0-9-]*.
func tagName(b []byte) int {
	if len(b) == 0 || !isASCIILetter(b[0]) {
		return 0
	}
	i := 1
	for i < len(b) && (isASCIILetter(b[i]) || b[i] >= '0' && b[i] <= '9' || b[i] == '-') {
		i++
	}
	return i
}

func isASCIILetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

// matchType6 matches what follows "<" against goldmark's type 6 pattern:
// an optional "/" and spaces, a tag name, then a space, ">", "/>" or the
// end of the line.
func matchType6(b []byte) (name []byte, ok bool) {
	if len(b) > 0 && b[0] == '/' {
		b = b[1:]
		for len(b) > 0 && b[0] == ' ' {
			b = b[1:]
		}
	}
	n := tagName(b)
	if n == 0 {
		return nil, false
	}
	name, rest := b[:n], b[n:]
	if isLineEnd(rest) || rest[0] == ' ' || rest[0] == '>' || bytes.HasPrefix(rest, []byte("/>")) {
		return name, true
	}
	return nil, false
}

// matchType7 matches what follows "<" against goldmark's type 7 pattern: a
// complete open or closing tag alone on its line. closing is set only for
// a "/" right before the name, as goldmark compares it; attrs reports
// attributes.
func matchType7(b []byte) (name []byte, closing, attrs, ok bool) {
	i := 0
	if len(b) > 0 && b[0] == '/' {
		i = 1
		for i < len(b) && b[i] == ' ' {
			i++
		}
		closing = i == 1
	}
	n := tagName(b[i:])
	if n == 0 {
		return nil, false, false, false
	}
	name = b[i : i+n]
	i += n
	for {
		j := i
		for j < len(b) && isAttrSpace(b[j]) {
			j++
		}
		if j == i || j >= len(b) || !isAttrNameStart(b[j]) {
			break
		}
		j++
		for j < len(b) && isAttrNameChar(b[j]) {
			j++
		}
		attrs, i = true, j
		k := j
		for k < len(b) && isAttrSpace(b[k]) {
			k++
		}
		if k < len(b) && b[k] == '=' {
			k++
			for k < len(b) && isAttrSpace(b[k]) {
				k++
			}
			if end := attrValue(b, k); end > k {
				i = end
			}
		}
	}
	for i < len(b) && b[i] == ' ' {
		i++
	}
	switch {
	case i < len(b) && b[i] == '>':
		i++
	case i+1 < len(b) && b[i] == '/' && b[i+1] == '>':
		i += 2
	default:
		return nil, false, false, false
	}
	for i < len(b) && b[i] == ' ' {
		i++
	}
	if !isLineEnd(b[i:]) {
		return nil, false, false, false
	}
	return name, closing, attrs, true
}

// attrValue returns the end of the attribute value at b[i], or i when
// there is none.
func attrValue(b []byte, i int) int {
	if i >= len(b) {
		return i
	}
	switch q := b[i]; q {
	case '"', '\'':
		if j := bytes.IndexByte(b[i+1:], q); j >= 0 {
			return i + 1 + j + 1
		}
		return i
	}
	j := i
	for j < len(b) && !isUnquotedStop(b[j]) {
		j++
	}
	return j
}

func isUnquotedStop(c byte) bool {
	return c <= 0x20 || c == '"' || c == '\'' || c == '=' || c == '<' || c == '>' || c == '`'
}

func isAttrSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\r' || c == '\n' }

func isAttrNameStart(c byte) bool { return isASCIILetter(c) || c == '_' || c == ':' }

func isAttrNameChar(c byte) bool {
	return isAttrNameStart(c) || c >= '0' && c <= '9' || c == '.' || c == '-'
}

// isLineEnd reports whether b is empty, "\n" or "\r\n".
func isLineEnd(b []byte) bool {
	return len(b) == 0 || string(b) == "\n" || string(b) == "\r\n"
}

// blockTags are the tag names of HTML blocks of type 6.
var blockTags = map[string]bool{
	"address": true, "article": true, "aside": true, "base": true, "basefont": true,
	"blockquote": true, "body": true, "caption": true, "center": true, "col": true,
	"colgroup": true, "dd": true, "details": true, "dialog": true, "dir": true,
	"div": true, "dl": true, "dt": true, "fieldset": true, "figcaption": true,
	"figure": true, "footer": true, "form": true, "frame": true, "frameset": true,
	"h1": true, "h2": true, "h3": true, "h4": true, "h5": true, "h6": true,
	"head": true, "header": true, "hr": true, "html": true, "iframe": true,
	"legend": true, "li": true, "link": true, "main": true, "menu": true,
	"menuitem": true, "meta": true, "nav": true, "noframes": true, "ol": true,
	"optgroup": true, "option": true, "p": true, "param": true, "search": true,
	"section": true, "summary": true, "table": true, "tbody": true, "td": true,
	"tfoot": true, "th": true, "thead": true, "title": true, "tr": true,
	"track": true, "ul": true,
}

// HTMLBlockStart returns the type (1–7) of the HTML block that line, read
// from its first byte, would start after a blank line, as goldmark reads
// it; 0 when it would start none (it would be a paragraph).
func HTMLBlockStart(line []byte) int { return htmlBlockType(line, false) }

// HTMLBlockCloses reports whether line, a line of an HTML block of type
// typ, is its last: the line holding its end condition (an end tag for
// type 1, "-->", "?>", ">" or "]]>" for types 2 to 5). Blocks of types 6
// and 7 end before a blank line instead, so no line of theirs closes them.
func HTMLBlockCloses(typ int, line []byte) bool {
	switch typ {
	case 1:
		return hasType1End(line)
	case 2, 3, 4, 5:
		return bytes.Contains(line, htmlBlockEnds[typ])
	}
	return false
}
