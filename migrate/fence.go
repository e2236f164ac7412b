package migrate

import (
	"bytes"
	"regexp"
	"strings"

	"github.com/hugofmt/hugofmt/internal/mdscan"
)

// langRE matches a code block's language as Chroma names them: "ruby",
// "c++", "objective-c", "c#", "shell-session".
var langRE = regexp.MustCompile(`^[A-Za-z0-9_+#.-]+$`)

// fence returns the edits that turn the block from the tag open to the
// tag close, whose body is code, into a fenced code block with the info
// string, followed by the Markdown line after, if any, and the opening
// fence. Each fence gets a line of its own, in the containers of the tag
// it replaces; a fence is longer than any run of its character in the
// body, which cannot close it.
func (p *pass) fence(open, close liquidTag, info, after string) (edits []edit, opening string) {
	ol, cl := p.line(open.start), p.line(close.start)
	oe, ce := p.line(open.end-1), p.line(close.end-1) // where the tags end
	nl := p.newline(open.start)
	char := "`"
	if strings.Contains(info, "`") {
		char = "~" // a backtick fence cannot have one in its info string
	}
	marks := strings.Repeat(char, max(3, longestRun(p.text[open.end:close.start], char[0])+1))

	var o strings.Builder
	start := open.start
	if before := p.text[ol.content:open.start]; !blank(before) {
		o.WriteString(nl + p.continuation(ol))
	} else if mdscan.Indent(before) >= 4 {
		start = ol.content // an indented fence would be text
	}
	opening = marks + info
	o.WriteString(opening)
	if !blank(p.text[open.end:min(oe.end, close.start)]) {
		o.WriteString(nl + p.continuation(oe))
	}

	var c strings.Builder
	cstart, cend := close.start, close.end
	if before := p.text[max(cl.content, open.end):close.start]; !blank(before) {
		c.WriteString(nl + p.continuation(cl))
	} else if mdscan.Indent(before) >= 4 && cl.start != ol.start {
		cstart = cl.content
	}
	c.WriteString(marks)
	if after != "" {
		c.WriteString(nl + p.continuation(cl) + after)
	}
	if rest := p.text[close.end:ce.end]; !blank(rest) {
		c.WriteString(nl + p.continuation(ce))
		cend += len(rest) - len(bytes.TrimLeft(rest, " \t"))
	}
	return []edit{{start, open.end, o.String()}, {cstart, cend, c.String()}}, opening
}

// longestRun returns the length of the longest run of c in b.
func longestRun(b []byte, c byte) int {
	longest, run := 0, 0
	for _, x := range b {
		if x == c {
			run++
			longest = max(longest, run)
		} else {
			run = 0
		}
	}
	return longest
}

// attrs renders Hugo's code block attributes, {k=v k=v}, of the pairs
// key, value, key, value …, leaving out empty values; values are written
// as given, so strings come quoted.
func attrs(kv ...string) string {
	var parts []string
	for i := 0; i+1 < len(kv); i += 2 {
		if kv[i+1] != "" {
			parts = append(parts, kv[i]+"="+kv[i+1])
		}
	}
	if len(parts) == 0 {
		return ""
	}
	return " {" + strings.Join(parts, " ") + "}"
}

// quoted returns s as a quoted attribute value, or "" when s is empty or
// holds a double quote, which Hugo would write unescaped into its HTML.
func quoted(s string) string {
	if s == "" || strings.Contains(s, `"`) {
		return ""
	}
	return `"` + s + `"`
}

// lineList renders line numbers and ranges, "1 4-7" or "1,4-7", as Hugo's
// hl_lines list: [1,"4-7"]. It returns "" for anything else.
func lineList(s string) string {
	var items []string
	for _, f := range strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == ',' }) {
		from, to, ranged := strings.Cut(f, "-")
		switch {
		case ranged && isDigits(from) && isDigits(to):
			items = append(items, `"`+f+`"`)
		case !ranged && isDigits(f):
			items = append(items, f)
		default:
			return ""
		}
	}
	if len(items) == 0 {
		return ""
	}
	return "[" + strings.Join(items, ",") + "]"
}
