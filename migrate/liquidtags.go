package migrate

import (
	"bytes"
	"path"
	"regexp"
	"strings"

	"github.com/hugofmt/hugofmt/embed"
	"github.com/hugofmt/hugofmt/internal/mdscan"
)

// jekyllTags returns the tags of Jekyll and Octopress, with the common
// plugins' embed tags.
func jekyllTags() liquid {
	return liquid{
		"highlight":   {block: true, convert: highlight},
		"raw":         {block: true, anywhere: true, convert: unwrapRaw},
		"codeblock":   codeblock(true),
		"blockquote":  {block: true, convert: blockquote},
		"img":         inline(img),
		"post_url":    inline(postURL),
		"link":        inline(jekyllLink),
		"include":     inline(include),
		"youtube":     embedTag("youtube", firstWord),
		"vimeo":       embedTag("vimeo", firstWord),
		"gist":        embedTag("gist", allWords),
		"twitter":     embedTag("tweet", tweetWord),
		"tweet":       embedTag("tweet", tweetWord),
		"speakerdeck": embedTag("speakerdeck", firstWord),
		"jsfiddle":    embedTag("jsfiddle", allWords),
	}
}

// hexoTags returns Hexo's tag plugins, with NexT's note.
func hexoTags() liquid {
	code := codeblock(false)
	quote := liquidHandler{block: true, convert: blockquote}
	return liquid{
		"codeblock":   code,
		"code":        code,
		"blockquote":  quote,
		"quote":       quote,
		"raw":         {block: true, convert: unwrapRaw},
		"note":        {block: true, convert: note},
		"img":         inline(img),
		"image":       inline(img),
		"asset_img":   inline(img),
		"asset_image": inline(img),
		"asset_link":  inline(assetLink),
		"asset_path":  inline(assetPath),
		"post_link":   inline(postLink),
		"post_path":   inline(postURL),
		"link":        inline(hexoLink),
		"iframe":      inline(iframeTag),
		"youtube":     embedTag("youtube", hexoYouTube),
		"vimeo":       embedTag("vimeo", firstWord),
		"gist":        embedTag("gist", allWords),
		"jsfiddle":    embedTag("jsfiddle", allWords),
	}
}

// syntaxOf names the tag t in findings; an include by the file it
// includes, which is what a site needs a template for.
func syntaxOf(t liquidTag) string {
	if t.name == "include" {
		if f := strings.Fields(t.markup); len(f) > 0 {
			return "{% include " + f[0] + " %}"
		}
	}
	return "{% " + t.name + " %}"
}

func isASCIILetter(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }

// inline returns the handler of a tag replaced in place: build returns
// what replaces it, with a note, or why it is left.
func inline(build func(p *pass, t liquidTag) (repl, note, why string)) liquidHandler {
	return liquidHandler{convert: func(p *pass, t liquidTag) int {
		repl, note, why := build(p, t)
		switch {
		case why != "":
			p.left(t.start, syntaxOf(t), why)
		case p.replace(t.start, t.end, repl):
			p.converted(t.start, syntaxOf(t), repl, note)
		}
		return t.end
	}}
}

// embedTag returns the handler of a tag embedding the service's content
// that arg reads from its arguments.
func embedTag(service string, arg func([]word) string) liquidHandler {
	return inline(func(p *pass, t liquidTag) (string, string, string) {
		a := arg(words(t.markup))
		if a == "" {
			return "", "", "no " + service + " named"
		}
		sc, why := p.embedShortcode(service, a)
		return sc, "", why
	})
}

func firstWord(ws []word) string {
	if len(ws) == 0 {
		return ""
	}
	return ws[0].text
}

func allWords(ws []word) string {
	var s []string
	for _, w := range ws {
		s = append(s, w.text)
	}
	return strings.Join(s, " ")
}

// tweetWord reads {% twitter [oembed] URL %} or {% tweet ID %}.
func tweetWord(ws []word) string {
	if len(ws) > 1 && ws[0].text == "oembed" {
		ws = ws[1:]
	}
	s := firstWord(ws)
	if isDigits(s) {
		return "https://twitter.com/i/status/" + s
	}
	return s
}

// hexoYouTube reads {% youtube ID [video|playlist] [cookie] %}.
func hexoYouTube(ws []word) string {
	if len(ws) > 1 && ws[1].text == "playlist" {
		return "https://www.youtube.com/playlist?list=" + ws[0].text
	}
	return firstWord(ws)
}

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

func firstNonEmpty(s ...string) string {
	for _, v := range s {
		if v != "" {
			return v
		}
	}
	return ""
}

func droppedNote(dropped []string) string {
	if len(dropped) == 0 {
		return ""
	}
	return "options Hugo has no attribute for dropped: " + strings.Join(dropped, " ")
}

// codeBlock replaces the block from open to end with a fenced code block
// and returns where the reading goes on: after it.
func (p *pass) codeBlock(open, end liquidTag, info, after, note string) int {
	edits := p.fence(open, end, info, after)
	next, ok := p.rewriteAt(edits[len(edits)-1].end, edits...)
	if !ok {
		p.left(open.start, syntaxOf(open), "it overlaps another conversion")
		return end.end
	}
	marks := strings.TrimRight(edits[0].repl, "\r\n ")
	marks = marks[strings.LastIndexAny(marks, "\n")+1:]
	p.converted(open.start, syntaxOf(open), strings.TrimLeft(marks, " \t>"), note)
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
		text := firstNonEmpty(strings.TrimSpace(m[3]), "link")
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
		note = firstNonEmpty(note, "title left out: it holds a double quote")
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
	next, ok := p.rewriteAt(end.start, edits...)
	if !ok {
		p.left(t.start, syntaxOf(t), "it overlaps another conversion")
		return end.end
	}
	note := ""
	if escaped {
		note = `the tags it held are written {\% so that they stay text`
	}
	p.converted(t.start, syntaxOf(t), "its content", note)
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
	next, ok := p.rewriteAt(edits[0].start, edits...)
	if !ok {
		p.left(t.start, syntaxOf(t), "it overlaps another conversion")
		return end.end
	}
	p.converted(t.start, syntaxOf(t), "a block quote", "")
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
// is. It reports false, changing nothing, when either is already being
// edited.
func (p *pass) wrap(open, close span, syntax string, sc embed.Shortcode) bool {
	opening, closing := sc.String(), "{{< /"+sc.Name+" >}}"
	if !p.free(open.start, open.end) || !p.free(close.start, close.end) {
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

// img turns {% img [class …] SRC [WIDTH [HEIGHT]] [TITLE [ALT]] %}
// (Octopress, Hexo, and Hexo's asset_img with a file of the page's
// bundle) into Hugo's figure.
func img(p *pass, t liquidTag) (string, string, string) {
	ws := words(t.markup)
	i := 0
	for i < len(ws) && !isImageSource(ws[i].text, strings.HasPrefix(t.name, "asset")) {
		i++
	}
	if i == len(ws) {
		return "", "", "no image address"
	}
	var classes []string
	for _, w := range ws[:i] {
		classes = append(classes, strings.TrimPrefix(w.text, "."))
	}
	src, rest := ws[i].text, ws[i+1:]
	var width, height string
	if len(rest) > 0 && isDigits(strings.TrimSuffix(rest[0].text, "px")) && !rest[0].quoted {
		width, rest = strings.TrimSuffix(rest[0].text, "px"), rest[1:]
		if len(rest) > 0 && isDigits(strings.TrimSuffix(rest[0].text, "px")) && !rest[0].quoted {
			height, rest = strings.TrimSuffix(rest[0].text, "px"), rest[1:]
		}
	}
	title, alt := titleAlt(rest)
	sc := embed.Shortcode{Name: "figure", Params: []embed.Param{
		embed.P("src", src), embed.P("class", strings.Join(classes, " ")),
		embed.P("width", width), embed.P("height", height),
		embed.P("title", title), embed.P("alt", firstNonEmpty(alt, title)),
	}}
	return sc.String(), "", ""
}

// isImageSource reports whether w is where an image is: a URL or a path;
// for an asset tag, any file name.
func isImageSource(w string, asset bool) bool {
	if asset {
		return !strings.HasPrefix(w, ".") && strings.Contains(w, ".")
	}
	return strings.HasPrefix(w, "http://") || strings.HasPrefix(w, "https://") || strings.Contains(w, "/")
}

// titleAlt reads the end of an image tag: "title" "alt", 'title' 'alt',
// '"title" "alt"' (Hexo), or a bare title.
func titleAlt(ws []word) (title, alt string) {
	if len(ws) == 1 && ws[0].quoted && strings.Count(ws[0].text, `"`) == 4 {
		ws = words(ws[0].text)
	}
	switch {
	case len(ws) == 0:
		return "", ""
	case len(ws) == 2 && ws[0].quoted && ws[1].quoted:
		return ws[0].text, ws[1].text
	case len(ws) == 1 && ws[0].quoted:
		return ws[0].text, ""
	}
	return allWords(ws), ""
}

// refTo returns the ref shortcode to the page named.
func refTo(page string) string {
	return embed.Shortcode{Name: "ref", Params: []embed.Param{embed.Pos(page)}}.String()
}

// refNote says how Hugo finds a page by its name.
const refNote = "Hugo finds the page by its file name: keep the post's file name, or Hugo stops the build"

// postURL turns Jekyll's {% post_url [DIR/]2010-07-21-name %} and Hexo's
// {% post_path slug %} into {{< ref >}} to the page of that name.
func postURL(p *pass, t liquidTag) (string, string, string) {
	ws := words(t.markup)
	if len(ws) != 1 {
		return "", "", "not one post named"
	}
	return refTo(path.Base(ws[0].text)), refNote, ""
}

// jekyllLink turns {% link _posts/2016-07-26-name.md %} (or another
// Markdown page) into {{< ref >}}.
func jekyllLink(p *pass, t liquidTag) (string, string, string) {
	ws := words(t.markup)
	if len(ws) != 1 {
		return "", "", "not one file named"
	}
	file := ws[0].text
	switch path.Ext(file) {
	case ".md", ".markdown":
	default:
		return "", "", "not a page: Hugo has no ref to other files"
	}
	if rest, ok := strings.CutPrefix(file, "_posts/"); ok {
		return refTo(strings.TrimSuffix(path.Base(rest), path.Ext(rest))), refNote, ""
	}
	return refTo("/" + strings.TrimPrefix(file, "/")), "", ""
}

// postLink turns Hexo's {% post_link slug [title] [escape] %} into a link
// to the page.
func postLink(p *pass, t liquidTag) (string, string, string) {
	ws := words(t.markup)
	if len(ws) > 1 && (ws[len(ws)-1].text == "true" || ws[len(ws)-1].text == "false") && !ws[len(ws)-1].quoted {
		ws = ws[:len(ws)-1]
	}
	if len(ws) == 0 {
		return "", "", "no post named"
	}
	text, note := allWords(ws[1:]), refNote
	if text == "" {
		text, note = ws[0].text, refNote+"; the link's text is the slug, where Hexo showed the post's title"
	}
	return "[" + text + "](" + refTo(ws[0].text) + ")", note, ""
}

// assetLink turns {% asset_link file [title] %} into a link to the file
// of the page's bundle.
func assetLink(p *pass, t liquidTag) (string, string, string) {
	ws := words(t.markup)
	if len(ws) == 0 {
		return "", "", "no file named"
	}
	text := firstNonEmpty(allWords(ws[1:]), ws[0].text)
	return "[" + text + "](" + ws[0].text + ")", "the file is one of the page's bundle", ""
}

// assetPath turns {% asset_path file %} into the file's path in the
// page's bundle.
func assetPath(p *pass, t liquidTag) (string, string, string) {
	ws := words(t.markup)
	if len(ws) != 1 {
		return "", "", "not one file named"
	}
	return ws[0].text, "the file is one of the page's bundle", ""
}

// hexoLink turns {% link text URL [external] [title] %} into a Markdown
// link.
func hexoLink(p *pass, t liquidTag) (string, string, string) {
	ws := words(t.markup)
	for i, w := range ws {
		if webURL(w.text) == nil && !strings.HasPrefix(w.text, "/") {
			continue
		}
		text, title := allWords(ws[:i]), ""
		if rest := ws[i+1:]; len(rest) > 0 {
			if rest[0].text == "true" || rest[0].text == "false" {
				rest = rest[1:]
			}
			title = allWords(rest)
		}
		if text == "" {
			text = w.text
		}
		if title != "" && !strings.Contains(title, `"`) {
			return "[" + text + "](" + w.text + ` "` + title + `")`, "", ""
		}
		return "[" + text + "](" + w.text + ")", "", ""
	}
	return "", "", "no address"
}

// iframeTag turns Hexo's {% iframe URL [width] [height] %} into the
// shortcode of the service it shows, or the generic iframe shortcode.
func iframeTag(p *pass, t liquidTag) (string, string, string) {
	ws := words(t.markup)
	if len(ws) == 0 || webURL(ws[0].text) == nil {
		return "", "", "no address"
	}
	h := `<iframe src="` + htmlEscape(ws[0].text) + `"`
	for i, a := range []string{"width", "height"} {
		if len(ws) > i+1 {
			h += ` ` + a + `="` + htmlEscape(ws[i+1].text) + `"`
		}
	}
	sc, why := p.shortcodeOf(h+`></iframe>`, true)
	return sc, "", why
}

// includeEmbeds maps the includes Jekyll themes embed with to their
// services; "video" names its service in a provider parameter.
var includeEmbeds = map[string]string{
	"youtube": "youtube", "youtube-player": "youtube", "youtubeplayer": "youtube", "youtube-embed": "youtube",
	"vimeo": "vimeo", "vimeo-player": "vimeo", "tweet": "tweet", "twitter": "tweet", "gist": "gist",
	"speakerdeck": "speakerdeck", "video": "",
}

// include turns a Jekyll include of a known embed,
// {% include youtube.html id="ID" %} or {% include video id="ID" provider="youtube" %},
// into the service's shortcode. Any other include is left, named.
func include(p *pass, t liquidTag) (string, string, string) {
	ws := words(t.markup)
	if len(ws) == 0 {
		return "", "", "no file named"
	}
	file := strings.ToLower(strings.TrimSuffix(ws[0].text, ".html"))
	service, known := includeEmbeds[file]
	params := includeParams(t.markup)
	if known && service == "" {
		service = params["provider"]
	}
	if !known || services[service] == nil {
		return "", "", "not an embed hugofmt knows"
	}
	for _, key := range []string{"id", "video_id", "youtube_id", "url", "src", "tweet", "gist"} {
		if v, ok := params[key]; ok {
			if v == "" {
				return "", "", "its " + key + " is a Liquid variable"
			}
			sc, why := p.embedShortcode(service, v)
			return sc, "", why
		}
	}
	return "", "", "no id given"
}

var includeParamRE = regexp.MustCompile(`([\w-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|(\S+))`)

// includeParams reads the key=value parameters of an include; a value
// that is not quoted is a Liquid variable, read as "".
func includeParams(markup string) map[string]string {
	params := map[string]string{}
	for _, m := range includeParamRE.FindAllStringSubmatch(markup, -1) {
		params[m[1]] = m[2] + m[3]
	}
	return params
}

func htmlEscape(s string) string {
	return strings.NewReplacer(`&`, "&amp;", `"`, "&quot;", `<`, "&lt;", `>`, "&gt;").Replace(s)
}
