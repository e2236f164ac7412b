package migrate

import (
	"bytes"
	"cmp"
	"regexp"
	"strings"

	"golang.org/x/net/html"

	"github.com/hugofmt/hugofmt/embed"
)

// A wpShortcode is one WordPress shortcode in the text: [name attrs],
// with its content up to [/name] when it has one. Exporters often escape
// the brackets for Markdown, \[name\]…\[/name\]: such a shortcode is read
// the same.
type wpShortcode struct {
	start, end int // the whole shortcode, closing tag included
	name       string
	attrs      map[string]string
	args       []string // values without a name: [youtube URL]
	content    string   // between the tags; "" when there is no closing tag
	closed     bool
}

// wpHandler converts one kind of shortcode: it returns the replacement,
// or why the shortcode is left.
type wpHandler func(p *pass, s wpShortcode) (repl, why string)

// wpShortcodes is the wp-shortcodes rule's table.
func wpShortcodes() map[string]wpHandler {
	return map[string]wpHandler{
		"embed":       wpEmbed,
		"youtube":     wpService("youtube", nil),
		"vimeo":       wpService("vimeo", isDigits),
		"gist":        wpService("gist", isGistID),
		"tweet":       wpService("tweet", nil),
		"speakerdeck": wpService("speakerdeck", isID),
		"caption":     wpCaption,
		"wp_caption":  wpCaption,
	}
}

var wpNameRE = regexp.MustCompile(`^[a-z][a-z0-9_-]*`)

// wordpress is the wp-shortcodes rule.
func wordpress(p *pass) {
	handlers := wpShortcodes()
	p.each("[", func(i int) int {
		s, ok := lexWP(p.text, i, handlers)
		if !ok || p.zone(s.start, s.end) != inText {
			return i + 1
		}
		syntax := "[" + s.name + "]"
		h, known := handlers[s.name]
		if !known {
			if s.closed || len(s.attrs) > 0 {
				p.left(s.start, syntax, "unknown shortcode")
				return s.end
			}
			return i + 1
		}
		repl, why := h(p, s)
		switch {
		case repl == "" && why == "":
			return i + 1 // not a shortcode after all: [youtube video here]
		case why != "":
			p.left(s.start, syntax, why)
		case p.replace(s.start, s.end, repl):
			p.converted(s.start, syntax, repl, "")
		}
		return s.end
	})
}

// lexWP reads the WordPress shortcode at text[i:], which begins with "[",
// with "\" before it when it is escaped. An unclosed one followed by "(",
// ":" or "[" is a Markdown link that only looks like a shortcode, unless
// the "[" starts a shortcode of known, the ones the rule converts: two
// shortcodes side by side. (Whether that one is converted or not, the one
// before it is converted alike, and a second run agrees.)
func lexWP(text []byte, i int, known map[string]wpHandler) (wpShortcode, bool) {
	s, ok := lexWPTag(text, i)
	if !ok || s.closed || s.end == len(text) {
		return s, ok
	}
	switch text[s.end] {
	case '(', ':':
		return wpShortcode{}, false
	case '[':
		if next, ok := lexWPTag(text, s.end); !ok || known[next.name] == nil {
			return wpShortcode{}, false
		}
	}
	return s, true
}

// lexWPTag reads the WordPress shortcode at text[i:] as lexWP does, but
// for what follows it.
func lexWPTag(text []byte, i int) (wpShortcode, bool) {
	escaped := i > 0 && text[i-1] == '\\'
	if i > 0 && text[i-1] == '[' || i+1 < len(text) && text[i+1] == '[' {
		return wpShortcode{}, false // [[name]] is WordPress's own escape
	}
	name := wpNameRE.Find(text[i+1:])
	if name == nil {
		return wpShortcode{}, false
	}
	open, end := `]`, i+1+len(name)
	if escaped {
		open = `\]`
	}
	rest := text[end:min(len(text), end+maxTag)]
	if len(rest) > 0 && !strings.ContainsRune(" =]/\\", rune(rest[0])) {
		return wpShortcode{}, false
	}
	j := bytes.Index(rest, []byte(open))
	if j < 0 || hasBlankLine(rest[:j]) {
		return wpShortcode{}, false
	}
	s := wpShortcode{start: i, end: end + j + len(open), name: string(name)}
	if escaped {
		s.start--
	}
	s.attrs, s.args = wpAttrs(strings.TrimSuffix(string(rest[:j]), "/"))
	closing := "[/" + s.name + open
	if escaped {
		closing = `\` + closing
	}
	after := text[s.end:min(len(text), s.end+maxTag)]
	if k := bytes.Index(after, []byte(closing)); k >= 0 && !hasBlankLine(after[:k]) {
		s.content, s.closed = string(after[:k]), true
		s.end += k + len(closing)
	}
	return s, true
}

var wpAttrRE = regexp.MustCompile(`([\w-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'\]]+))|"([^"]*)"|(\S+)`)

// wpAttrs reads a shortcode's attributes: name="value", name='value',
// name=value, and values without a name; [youtube=URL] gives the value
// without a name.
func wpAttrs(s string) (map[string]string, []string) {
	attrs := map[string]string{}
	var args []string
	if v, ok := strings.CutPrefix(s, "="); ok {
		return attrs, []string{strings.TrimSpace(v)}
	}
	for _, m := range wpAttrRE.FindAllStringSubmatch(s, -1) {
		if m[1] != "" {
			attrs[strings.ToLower(m[1])] = unescapeMD(m[2] + m[3] + m[4])
		} else {
			args = append(args, unescapeMD(m[5]+m[6]))
		}
	}
	return attrs, args
}

// unescapeMD drops the backslashes Markdown exporters put before
// punctuation: attachment\_5 is attachment_5.
func unescapeMD(s string) string {
	if !strings.Contains(s, `\`) {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == '\\' && i+1 < len(s) && strings.IndexByte("\\`*_{}[]()#+-.!<>\"'&~|", s[i+1]) >= 0 {
			i++
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

// wpEmbed turns [embed]URL[/embed] into the embed of the service whose
// page URL is.
func wpEmbed(p *pass, s wpShortcode) (string, string) {
	if !s.closed {
		return "", ""
	}
	return p.pageEmbed(strings.TrimSpace(unescapeMD(s.content)))
}

// wpService returns the handler of Jetpack's [service URL], [service=URL]
// and [service id="…"], and of [service]URL[/service]; id tells the ids
// the service takes instead of a URL, nil for none. Anything else is not
// such a shortcode: [youtube video here] is text.
func wpService(service string, id func(string) bool) wpHandler {
	return func(p *pass, s wpShortcode) (string, string) {
		arg := cmp.Or(s.attrs["id"], s.attrs["url"])
		if len(s.args) > 0 {
			arg = s.args[0]
		}
		if s.closed && arg == "" {
			arg = strings.TrimSpace(unescapeMD(s.content))
		}
		if service == "gist" && s.attrs["file"] != "" {
			arg += " " + s.attrs["file"]
		}
		if ref, _, _ := strings.Cut(arg, " "); webURL(ref) == nil && (id == nil || !id(ref)) {
			return "", ""
		}
		return p.embedShortcode(service, arg)
	}
}

// isGistID reports whether s is a gist's id, USER/ID or ID, the id
// being hexadecimal or a number.
func isGistID(s string) bool {
	_, id, _ := strings.Cut(s, "/")
	if id == "" {
		id = s
	}
	return len(id) >= 5 && strings.Trim(strings.ToLower(id), "0123456789abcdef") == ""
}

// pageEmbed returns the shortcode for the embed of a service's page, as
// WordPress's oEmbed makes one, or why there is none.
func (p *pass) pageEmbed(address string) (string, string) {
	u := webURL(address)
	if u == nil {
		return "", "not an address"
	}
	service, _ := pageService(u)
	if service == "" {
		return "", "no embed hugofmt knows for " + u.Host
	}
	return p.embedShortcode(service, address)
}

// wpCaption turns [caption …]<img …> text[/caption] (or a Markdown image,
// or the older caption="text") into Hugo's figure with its caption; an
// image in a link keeps its link.
func wpCaption(p *pass, s wpShortcode) (string, string) {
	if !s.closed {
		return "", "no [/caption] after it"
	}
	content := strings.TrimSpace(s.content)
	img, rest := captionImage(content)
	if img == nil {
		return "", "no image in it"
	}
	caption := cmp.Or(strings.Join(strings.Fields(rest), " "), s.attrs["caption"])
	caption = inlineHTML.Replace(caption)
	class := s.attrs["align"]
	if class == "alignnone" {
		class = ""
	}
	sc := embed.Shortcode{Name: "figure", Params: []embed.Param{
		embed.Named("src", img["src"]), embed.Named("link", img["link"]), embed.Named("alt", img["alt"]),
		embed.Named("width", cmp.Or(img["width"], s.attrs["width"])), embed.Named("height", img["height"]),
		embed.Named("class", class), embed.Named("caption", caption),
	}}
	return sc.String(), ""
}

// inlineHTML writes the emphasis of a caption in Markdown, which Hugo's
// figure renders; raw HTML it would omit.
var inlineHTML = strings.NewReplacer("<em>", "*", "</em>", "*", "<i>", "*", "</i>", "*",
	"<strong>", "**", "</strong>", "**", "<b>", "**", "</b>", "**", "<code>", "`", "</code>", "`")

var (
	mdImageRE     = regexp.MustCompile(`^!\[([^\]]*)\]\(([^()\s]+)(?:\s+"[^"]*")?\)`)
	mdLinkImageRE = regexp.MustCompile(`^\[!\[([^\]]*)\]\(([^()\s]+)(?:\s+"[^"]*")?\)\]\(([^()\s]+)\)`)
)

// captionImage reads the image a caption holds first, in HTML or
// Markdown, possibly in a link, and returns its attributes (src, alt,
// width, height, link) and the text after it.
func captionImage(s string) (map[string]string, string) {
	s = strings.TrimSpace(s)
	if m := mdLinkImageRE.FindStringSubmatch(s); m != nil {
		return map[string]string{"alt": unescapeMD(m[1]), "src": m[2], "link": m[3]}, s[len(m[0]):]
	}
	if m := mdImageRE.FindStringSubmatch(s); m != nil {
		return map[string]string{"alt": unescapeMD(m[1]), "src": m[2]}, s[len(m[0]):]
	}
	z := html.NewTokenizer(strings.NewReader(s))
	img := map[string]string{}
	var link string
	depth, read := 0, 0
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			return nil, ""
		}
		read += len(z.Raw())
		tok := z.Token()
		switch {
		case tt == html.TextToken && depth == 0 && strings.TrimSpace(tok.Data) != "":
			return nil, "" // text before the image
		case tok.Data == "a" && tt == html.StartTagToken:
			link, depth = attr(tok, "href"), depth+1
		case tok.Data == "a" && tt == html.EndTagToken:
			depth--
		case tok.Data == "img" && (tt == html.StartTagToken || tt == html.SelfClosingTagToken):
			for _, k := range []string{"src", "alt", "width", "height"} {
				img[k] = attr(tok, k)
			}
			img["link"] = link
		}
		if img["src"] != "" && depth == 0 {
			return img, s[read:]
		}
	}
}

func attr(t html.Token, key string) string {
	for _, a := range t.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}
