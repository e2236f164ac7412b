package migrate

import (
	"cmp"
	"path"
	"regexp"
	"strings"

	"github.com/hugofmt/hugofmt/embed"
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
		embed.Named("src", src), embed.Named("class", strings.Join(classes, " ")),
		embed.Named("width", width), embed.Named("height", height),
		embed.Named("title", title), embed.Named("alt", cmp.Or(alt, title)),
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
	return embed.Shortcode{Name: "ref", Params: []embed.Param{embed.Positional(page)}}.String()
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
	text := cmp.Or(allWords(ws[1:]), ws[0].text)
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
