package migrate

import (
	"bytes"
	"cmp"
	"path"
	"regexp"
	"strings"

	"github.com/hugofmt/hugofmt/embed"
	"github.com/hugofmt/hugofmt/internal/mdscan"
)

// The block tags: code blocks, raw, quotes and notes. A code block's body
// is code, so its end is found as Liquid finds it, in the raw text; a
// quote's or a note's body is Markdown, read next.

// highlight turns {% highlight LANG [linenos] [mark_lines="…"] %} into a
// fenced code block.
func highlight(p *pass, t liquidTag) int {
	end, ok := findEnd(p, t, true)
	if !ok {
		p.left(t.start, syntaxOf(t), "no {% endhighlight %} after it")
		return t.end
	}
	var hl string
	markup := quotedLinesRE.ReplaceAllStringFunc(t.markup, func(m string) string {
		hl = lineList(quotedLinesRE.FindStringSubmatch(m)[1])
		return ""
	})
	ws := words(markup)
	if len(ws) == 0 || !langRE.MatchString(ws[0].text) {
		p.left(t.start, syntaxOf(t), "no language: Jekyll refuses it too")
		return end.end
	}
	var linenos string
	var dropped []string
	for _, w := range ws[1:] {
		switch key, val, _ := strings.Cut(w.text, "="); {
		case w.text == "linenos":
			linenos = "true"
		case key == "linenos" && (val == "table" || val == "inline"):
			linenos = val
		default:
			dropped = append(dropped, w.text)
		}
	}
	info := ws[0].text + attrs("linenos", linenos, "hl_lines", hl)
	return p.codeBlock(t, end, info, "", droppedNote(dropped))
}

// quotedLinesRE matches the options of the lines to highlight,
// hl_lines="1 2" (Pygments) and mark_lines="1 2" (Jekyll 4.4).
var quotedLinesRE = regexp.MustCompile(`(?:hl_lines|mark_lines)=["']([^"']*)["']`)

func droppedNote(dropped []string) string {
	if len(dropped) == 0 {
		return ""
	}
	return "options Hugo has no attribute for dropped: " + strings.Join(dropped, " ")
}

// codeBlock replaces the block from open to end with a fenced code block
// and returns where the reading goes on: at the start of its body, in
// which only Jekyll's raw is still read (its highlight bodies hold Liquid
// examples in {% raw %}); the rest is code.
func (p *pass) codeBlock(open, end liquidTag, info, after, note string) int {
	edits, opening := p.fence(open, end, info, after)
	next, ok := p.convertNow(open.start, syntaxOf(open), opening, note, open.end, edits...)
	if !ok {
		return end.end
	}
	return next
}

var (
	codeOptionRE = regexp.MustCompile(`(?:^|\s)(lang|line_number|line_threshold|highlight|first_line|mark|wrap):(\S+)`)
	captionURLRE = regexp.MustCompile(`^(.*?)\s*(https?://\S+)\s*(.*)$`)
)

// codeblock returns the handler of Octopress's and Hexo's
// {% codeblock [title] [lang:LANG] [URL [link text]] [option:value …] %},
// which becomes a fenced code block with the title as its title
// attribute, and the link on a line after it. With extLang, a title
// ending in a file name gives the language, as Octopress has it.
func codeblock(extLang bool) liquidHandler {
	return liquidHandler{block: true, convert: func(p *pass, t liquidTag) int {
		return convertCodeblock(p, t, extLang)
	}}
}

func convertCodeblock(p *pass, t liquidTag, extLang bool) int {
	end, ok := findEnd(p, t, true)
	if !ok {
		p.left(t.start, syntaxOf(t), "no {% end"+t.name+" %} after it")
		return t.end
	}
	var lang, linenos, start, hl string
	var dropped []string
	rest := codeOptionRE.ReplaceAllStringFunc(t.markup, func(m string) string {
		sub := codeOptionRE.FindStringSubmatch(m)
		switch key, val := sub[1], sub[2]; key {
		case "lang":
			lang = val
		case "line_number":
			if val == "true" {
				linenos = "true"
			}
		case "first_line":
			if isDigits(val) {
				start = val
			}
		case "mark":
			hl = lineList(val)
		default:
			dropped = append(dropped, key+":"+val)
		}
		return " "
	})
	title, after := strings.TrimSpace(rest), ""
	if m := captionURLRE.FindStringSubmatch(title); m != nil {
		title = m[1]
		text := cmp.Or(strings.TrimSpace(m[3]), "link")
		after = "[" + text + "](" + m[2] + ")"
	}
	if lang == "" && extLang {
		if ext := strings.TrimPrefix(path.Ext(title), "."); langRE.MatchString(ext) && isASCIILetter(ext[0]) {
			lang = ext // Octopress reads the language off the file name
		}
	}
	if !langRE.MatchString(lang) {
		lang = ""
	}
	note := droppedNote(dropped)
	if title != "" && quoted(title) == "" {
		note = cmp.Or(note, "title left out: it holds a double quote")
	}
	info := lang + attrs("title", quoted(title), "linenos", linenos, "linenostart", start, "hl_lines", hl)
	if lang == "" && info != "" {
		info = "text" + info // Hugo writes attributes only on a highlighted block
	}
	return p.codeBlock(t, end, info, after, note)
}

// unwrapRaw drops {% raw %} and {% endraw %}, keeping what is between as
// it is, and returns where the reading goes on: after it, since Liquid
// does not read it. A tag alone on its line goes with its line. The tags
// it held stay text: in Markdown text, their "{%" is written "{\%",
// which Hugo shows as "{%" and no rule reads as a tag again.
func unwrapRaw(p *pass, t liquidTag) int {
	end, ok := findEnd(p, t, true)
	if !ok {
		p.left(t.start, syntaxOf(t), "no {% endraw %} after it")
		return t.end
	}
	if _, ok := p.scan().ShortcodeIn(t.end, end.start); ok {
		p.left(t.start, syntaxOf(t), "it holds a Hugo shortcode, which Hugo would run")
		return end.end
	}
	edits := []edit{p.dropTag(t)}
	escaped := false
	for i := t.end; ; i += 2 {
		j := bytes.Index(p.text[i:end.start], []byte("{%"))
		if j < 0 {
			break
		}
		i += j
		if p.zone(i, i+2) == inText {
			edits = append(edits, p.escapePercent(i+1))
			escaped = true
			continue
		}
		if tt, ok := lexTag(p.text, i); ok && (tt.name == "raw" || tt.name == "endraw") {
			p.left(t.start, syntaxOf(t), "it holds a raw tag in code: unwrapped, it would be read again")
			return end.end
		}
	}
	edits = append(edits, p.dropTag(end))
	note := ""
	if escaped {
		note = `the tags it held are written {\% so that they stay text`
	}
	next, ok := p.convertNow(t.start, syntaxOf(t), "its content", note, end.start, edits...)
	if !ok {
		return end.end
	}
	return next
}

// escapePercent returns the edit writing the "%" at text offset i so that
// Hugo shows it and no rule reads it: "\%" in Markdown, "&#37;" in HTML.
func (p *pass) escapePercent(i int) edit {
	doc := p.scan()
	if b := doc.BlockAt(i); b >= 0 && doc.Blocks()[b].Kind == mdscan.HTMLBlock {
		return edit{i, i + 1, "&#37;"}
	}
	return edit{i, i, `\`}
}

// dropTag returns the edit removing the tag t, with its line when it is
// alone on it.
func (p *pass) dropTag(t liquidTag) edit {
	if l := p.line(t.start); l.start == p.line(t.end).start && p.alone(t.start, t.end) && l.start != l.next {
		return edit{l.start, l.next, ""}
	}
	return edit{t.start, t.end, ""}
}

var (
	fullCiteRE   = regexp.MustCompile(`^(\S.*?)\s+(https?://\S+)(?:\s+(.+))?$`)
	authorCiteRE = regexp.MustCompile(`^([^,]+),\s*([^,]+)$`)
)

// attribution renders the attribution of Octopress's and Hexo's
// {% blockquote [author[, source]] [link] [source_link_title] %}.
func attribution(markup string) string {
	switch m := fullCiteRE.FindStringSubmatch(markup); {
	case m != nil && m[3] != "":
		return "— " + m[1] + ", [" + m[3] + "](" + m[2] + ")"
	case m != nil:
		return "— " + m[1] + ", <" + m[2] + ">"
	}
	if m := authorCiteRE.FindStringSubmatch(markup); m != nil {
		return "— " + strings.TrimSpace(m[1]) + ", *" + strings.TrimSpace(m[2]) + "*"
	}
	if strings.HasPrefix(markup, "http://") || strings.HasPrefix(markup, "https://") {
		return "— <" + markup + ">"
	}
	if markup != "" {
		return "— " + markup
	}
	return ""
}

// blockquote turns {% blockquote … %}…{% endblockquote %}, each tag on a
// line of its own or both around one line, into a Markdown block quote,
// the attribution on its last line. What it quotes is read next.
func blockquote(p *pass, t liquidTag) int {
	end, ok := findEnd(p, t, false)
	if !ok {
		p.left(t.start, syntaxOf(t), "no {% end"+t.name+" %} after it")
		return t.end
	}
	ol, cl := p.line(t.start), p.line(end.start)
	cont, nl := p.continuation(ol), p.newline(t.start)
	cite := attribution(t.markup)
	var edits []edit
	switch {
	case ol.start == cl.start && p.alone(t.start, end.end):
		last := ""
		if cite != "" {
			last = nl + cont + ">" + nl + cont + "> " + cite
		}
		edits = []edit{{t.start, t.end, "> "}, {end.start, end.end, last}}
	case ol.start != cl.start && p.alone(t.start, t.end) && p.alone(end.start, end.end):
		edits = append(edits, edit{ol.start, ol.next, ""})
		for at := ol.next; at < cl.start; {
			l := p.line(at)
			mark := l.start
			if bytes.HasPrefix(p.text[l.start:], []byte(cont)) {
				mark += len(cont)
			}
			if blank(p.text[mark:l.end]) {
				edits = append(edits, edit{mark, l.end, ">"})
			} else {
				edits = append(edits, edit{mark, mark, "> "})
			}
			at = l.next
		}
		if cite != "" {
			edits = append(edits, edit{cl.content, cl.end, ">" + nl + cont + "> " + cite})
		} else {
			edits = append(edits, edit{cl.start, cl.next, ""})
		}
	default:
		p.left(t.start, syntaxOf(t), "its tags share their lines with other text")
		return end.end
	}
	next, ok := p.convertNow(t.start, syntaxOf(t), "a block quote", "", edits[0].start, edits...)
	if !ok {
		return end.end
	}
	return next
}

// calloutTypes maps the classes of NexT's note to the callout's types.
var calloutTypes = map[string]string{
	"default": "note", "primary": "note", "info": "note", "success": "tip", "warning": "warning", "danger": "caution",
}

// note turns NexT's {% note [class] [no-icon] [title] %}…{% endnote %}
// into the callout shortcode; what it holds is read next.
func note(p *pass, t liquidTag) int {
	end, ok := findEnd(p, t, false)
	if !ok {
		p.left(t.start, syntaxOf(t), "no {% endnote %} after it")
		return t.end
	}
	typ, title := "note", t.markup
	if class, rest, _ := strings.Cut(title, " "); calloutTypes[class] != "" {
		typ, title = calloutTypes[class], rest
	}
	title = strings.TrimSpace(strings.TrimPrefix(title, "no-icon"))
	p.wrap(span{t.start, t.end}, span{end.start, end.end}, syntaxOf(t), calloutShortcode(typ, title))
	return t.end
}

// wrap replaces the opening and the closing of a block with those of the
// paired shortcode sc, and reports it; what the block holds stays as it
// is. It reports false, and the block as left, when either is already
// being edited.
func (p *pass) wrap(open, close span, syntax string, sc embed.Shortcode) bool {
	opening, closing := sc.String(), "{{< /"+sc.Name+" >}}"
	if !p.free(open.start, open.end) || !p.free(close.start, close.end) {
		p.left(open.start, syntax, "it overlaps another conversion")
		return false
	}
	p.replace(open.start, open.end, opening)
	p.replace(close.start, close.end, closing)
	var note string
	if holdsShortcodes(p.text[open.end:close.start]) {
		note = "what it holds renders shortcodes only where the site allows raw HTML: Hugo renders its content as Markdown, shortcodes first"
	}
	p.converted(open.start, syntax, opening+"…"+closing, note)
	return true
}

// holdsShortcodes reports whether b holds a Hugo shortcode, or syntax
// the rules turn into one.
func holdsShortcodes(b []byte) bool {
	for _, s := range []string{"{{<", "{{%", "{%", "@["} {
		if bytes.Contains(b, []byte(s)) {
			return true
		}
	}
	return false
}
