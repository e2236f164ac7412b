package migrate

import (
	"bytes"
	"strings"
)

// Jekyll (Liquid), Octopress and Hexo (Nunjucks) share the tag syntax
// {% name markup %}; a block tag ends at {% endname %}. These engines run
// their tags before Markdown, so a tag holding code ({% highlight %},
// {% raw %}) is read first, as the engine reads it, whatever its body
// holds, even a ``` line; but a tag that is itself in code (a post about
// Liquid shows them in fences) is text, and left alone.

// A liquidTag is one tag in the text.
type liquidTag struct {
	start, end int    // from "{%" to just past "%}"
	name       string // "highlight"
	markup     string // what follows the name, trimmed, runs of white space folded into one space
}

// maxTag bounds the length of a tag, whose markup may be wrapped onto
// several lines but not across a blank one.
const maxTag = 2048

// lexTag reads the tag starting at text[i:], which begins with "{%".
func lexTag(text []byte, i int) (liquidTag, bool) {
	j := i + 2
	if j < len(text) && text[j] == '-' {
		j++
	}
	rest := text[j:min(len(text), i+maxTag)]
	end := bytes.Index(rest, []byte("%}"))
	if end < 0 {
		return liquidTag{}, false
	}
	inner := rest[:end]
	if hasBlankLine(inner) {
		return liquidTag{}, false
	}
	inner = bytes.TrimSuffix(inner, []byte("-"))
	fields := strings.Fields(string(inner))
	if len(fields) == 0 || !isTagName(fields[0]) {
		return liquidTag{}, false
	}
	return liquidTag{start: i, end: j + end + 2, name: fields[0], markup: strings.Join(fields[1:], " ")}, true
}

// hasBlankLine reports whether b holds a line of white space only between
// two line breaks.
func hasBlankLine(b []byte) bool {
	for {
		i := bytes.IndexByte(b, '\n')
		if i < 0 {
			return false
		}
		b = b[i+1:]
		j := bytes.IndexByte(b, '\n')
		if j >= 0 && blank(bytes.TrimSuffix(b[:j], []byte("\r"))) {
			return true
		}
	}
}

func isTagName(s string) bool {
	for i, r := range s {
		switch {
		case r == '_' || 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z':
		case i > 0 && (r == '-' || '0' <= r && r <= '9'):
		default:
			return false
		}
	}
	return s != ""
}

// A word is one argument of a tag: a run of non-space characters, or a
// quoted string, its quotes removed.
type word struct {
	text   string
	quoted bool
}

// words splits a tag's markup into its arguments.
func words(s string) []word {
	var ws []word
	for s = strings.TrimSpace(s); s != ""; s = strings.TrimSpace(s) {
		if q := s[0]; q == '"' || q == '\'' {
			if end := strings.IndexByte(s[1:], q); end >= 0 {
				ws = append(ws, word{s[1 : end+1], true})
				s = s[end+2:]
				continue
			}
		}
		end := strings.IndexAny(s, " \t")
		if end < 0 {
			end = len(s)
		}
		ws = append(ws, word{text: s[:end]})
		s = s[end:]
	}
	return ws
}

// A liquidHandler converts one kind of tag, or leaves it and says why.
type liquidHandler struct {
	// anywhere marks Jekyll's raw tag, which Jekyll strips wherever it
	// is: in code too, where posts about Liquid use it.
	anywhere bool
	// block marks a tag with an end tag, which a lone end tag is
	// reported as missing.
	block bool
	// convert converts the tag t, recording its edits and findings, and
	// returns where the reading goes on.
	convert func(p *pass, t liquidTag) (next int)
}

// A liquid is a dialect of tags: a rule's table of the tags it knows.
type liquid map[string]liquidHandler

// run converts the tags of the pass's body, in order, and reports the
// ones it does not know.
func (l liquid) run(p *pass) {
	for pos := 0; pos < len(p.text); {
		i := bytes.IndexByte(p.text[pos:], '{')
		if i < 0 || pos+i+1 >= len(p.text) {
			return
		}
		i += pos
		pos = i + 1
		switch p.text[i+1] {
		case '%':
			t, ok := lexTag(p.text, i)
			if !ok {
				continue
			}
			pos = l.tag(p, t)
		case '{':
			pos = liquidOutput(p, i)
		}
	}
}

// tag handles the tag t and returns where the reading goes on.
func (l liquid) tag(p *pass, t liquidTag) int {
	if p.editedAt(t.start) { // the end of a block already converted
		return t.end
	}
	h, known := l[t.name]
	z := p.zone(t.start, t.end)
	if z != inText && !(h.anywhere && z == inCode) {
		return t.end
	}
	switch {
	case known:
		return h.convert(p, t)
	case strings.HasPrefix(t.name, "end"):
		if open, ok := l[t.name[3:]]; ok && open.block {
			p.left(t.start, "{% "+t.name+" %}", "no {% "+t.name[3:]+" %} before it")
		}
		// The end of an unknown block goes with its start, reported.
	default:
		p.left(t.start, syntaxOf(t), "unknown tag")
	}
	return t.end
}

// liquidOutput reports the Liquid output {{ … }} at text[i:], which Hugo
// shows as text, and returns where the reading goes on.
func liquidOutput(p *pass, i int) int {
	if i+2 < len(p.text) && (p.text[i+2] == '<' || p.text[i+2] == '%') {
		return i + 2 // a Hugo shortcode
	}
	rest := p.text[i:min(len(p.text), i+maxTag)]
	end := bytes.Index(rest, []byte("}}"))
	if end < 0 || hasBlankLine(rest[:end]) || bytes.IndexByte(rest[:end], '\n') >= 0 {
		return i + 2
	}
	expr := strings.TrimSpace(strings.Trim(string(rest[2:end]), "-"))
	if expr == "" || p.zone(i, i+end+2) != inText {
		return i + end + 2
	}
	head, _, _ := strings.Cut(expr, "|")
	if f := strings.Fields(head); len(f) > 0 && !strings.ContainsAny(f[0], `"'`) {
		head = f[0]
	} else {
		head = "…"
	}
	if _, filter, ok := strings.Cut(expr, "|"); ok {
		name, _, _ := strings.Cut(strings.TrimSpace(filter), ":")
		head += " | " + strings.TrimSpace(name)
	}
	p.left(i, "{{ "+head+" }}", "Liquid output: Hugo shows it as text")
	return i + end + 2
}

// findEnd returns the end tag {% endname %} of the block tag open. With
// verbatim set, it is the first one, found in the raw text as Liquid
// finds the end of a block whose body it does not read (highlight, raw);
// otherwise blocks of the same name nest, and tags Hugo reads as code are
// passed over.
func findEnd(p *pass, open liquidTag, verbatim bool) (liquidTag, bool) {
	if verbatim {
		if t, found, known := p.chain.next(p.text, open.end, "end"+open.name); known {
			return t, found
		}
	}
	depth := 0
	for pos := open.end; pos < len(p.text); {
		i := bytes.Index(p.text[pos:], []byte("{%"))
		if i < 0 {
			return liquidTag{}, false
		}
		t, ok := lexTag(p.text, pos+i)
		if !ok {
			pos += i + 2
			continue
		}
		pos = t.end
		switch {
		case t.name != open.name && t.name != "end"+open.name:
		case !verbatim && p.zone(t.start, t.end) != inText:
		case t.name == open.name && !verbatim:
			depth++
		case t.name == open.name:
		case depth > 0:
			depth--
		default:
			return t, true
		}
	}
	return liquidTag{}, false
}
