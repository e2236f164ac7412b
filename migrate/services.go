package migrate

import (
	"html"
	"net/url"
	"regexp"
	"slices"
	"strings"

	"github.com/hugofmt/hugofmt/embed"
)

// The engines' embed syntaxes name a video, a deck or a post by an id or
// a URL. Rather than build shortcodes of its own, a rule writes the HTML
// the service itself gives for an embed of it and hands that to the embed
// providers, so that {% youtube ID %} becomes exactly what a YouTube
// iframe becomes.

// An embedHTML turns what an embed syntax names into the service's embed
// HTML, or says why it cannot.
type embedHTML func(arg string) (html, why string)

// services maps the names the engines give services to their embeds.
var services = map[string]embedHTML{
	"youtube":     youtubeHTML,
	"vimeo":       vimeoHTML,
	"tweet":       tweetHTML,
	"speakerdeck": speakerdeckHTML,
	"slideshare":  slideshareHTML,
	"docswell":    docswellHTML,
	"gist":        gistHTML,
	"codepen":     codepenHTML,
	"codesandbox": codesandboxHTML,
	"jsfiddle":    jsfiddleHTML,
}

// iframe returns an iframe of src.
func iframe(src string) string {
	return `<iframe src="` + html.EscapeString(src) + `"></iframe>`
}

// webURL parses s as an absolute http(s) URL, or returns nil.
func webURL(s string) *url.URL {
	u, err := url.Parse(strings.TrimSpace(s))
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return nil
	}
	u.Host = strings.ToLower(u.Host)
	return u
}

// onHost reports whether u is on one of the domains or their subdomains.
func onHost(u *url.URL, domains ...string) bool {
	h := "." + u.Hostname()
	return slices.ContainsFunc(domains, func(d string) bool { return strings.HasSuffix(h, "."+d) })
}

// withQuery returns address with ?key=value added when value is set.
func withQuery(address, key, value string) string {
	if value == "" {
		return address
	}
	return address + "?" + key + "=" + url.QueryEscape(value)
}

// segments returns the non-empty segments of u's path.
func segments(u *url.URL) []string {
	return strings.FieldsFunc(u.Path, func(r rune) bool { return r == '/' })
}

var idRE = regexp.MustCompile(`^[A-Za-z0-9_-]+$`)

// isID reports whether s is a service's id: letters, digits, "-" and "_".
func isID(s string) bool { return idRE.MatchString(s) }

func youtubeHTML(arg string) (string, string) {
	id, start := arg, ""
	if u := webURL(arg); u != nil {
		seg, q := segments(u), u.Query()
		switch {
		case onHost(u, "youtu.be") && len(seg) == 1:
			id = seg[0]
		case onHost(u, "youtube.com", "youtube-nocookie.com") && len(seg) == 1 && seg[0] == "watch":
			id = q.Get("v")
		case onHost(u, "youtube.com") && len(seg) == 1 && seg[0] == "playlist" && q.Get("list") != "":
			// The player shows playlists too; the provider decides.
			return iframe("https://www.youtube.com/embed/videoseries?list=" + url.QueryEscape(q.Get("list"))), ""
		case onHost(u, "youtube.com", "youtube-nocookie.com") && len(seg) == 2 && (seg[0] == "embed" || seg[0] == "shorts" || seg[0] == "live"):
			id = seg[1]
		default:
			return "", "not the address of a YouTube video"
		}
		start = strings.TrimSuffix(q.Get("t"), "s")
		if q.Has("start") {
			start = q.Get("start")
		}
	}
	if !isID(id) {
		return "", "not a YouTube video id"
	}
	return iframe(withQuery("https://www.youtube.com/embed/"+id, "start", start)), ""
}

func vimeoHTML(arg string) (string, string) {
	id, hash := arg, ""
	if u := webURL(arg); u != nil {
		seg := segments(u)
		switch {
		case onHost(u, "player.vimeo.com") && len(seg) == 2 && seg[0] == "video":
			id, hash = seg[1], u.Query().Get("h")
		case onHost(u, "vimeo.com") && len(seg) >= 1:
			id = seg[len(seg)-1]
			if len(seg) >= 2 && isDigits(seg[len(seg)-2]) { // vimeo.com/ID/HASH, an unlisted video
				id, hash = seg[len(seg)-2], seg[len(seg)-1]
			}
		default:
			return "", "not the address of a Vimeo video"
		}
	}
	if !isDigits(id) {
		return "", "not a Vimeo video id"
	}
	return iframe(withQuery("https://player.vimeo.com/video/"+id, "h", hash)), ""
}

func isDigits(s string) bool {
	return s != "" && strings.Trim(s, "0123456789") == ""
}

func tweetHTML(arg string) (string, string) {
	u := webURL(arg)
	if u == nil || !onHost(u, "twitter.com", "x.com") {
		return "", "not the address of a post on X"
	}
	seg := segments(u)
	if len(seg) < 3 || (seg[1] != "status" && seg[1] != "statuses") || !isDigits(seg[2]) {
		return "", "not the address of a post on X"
	}
	// The post's text is not known: its address stands for it, as the
	// engines show it when X does not answer.
	status := "https://twitter.com/" + html.EscapeString(seg[0]) + "/status/" + seg[2]
	return `<blockquote class="twitter-tweet"><a href="` + status + `">` + status + `</a></blockquote>`, ""
}

func speakerdeckHTML(arg string) (string, string) {
	if u := webURL(arg); u != nil {
		seg := segments(u)
		if !onHost(u, "speakerdeck.com") {
			return "", "not a Speaker Deck address"
		}
		if len(seg) != 2 || seg[0] != "player" {
			return "", "the address of a deck's page: its embed needs the deck's id, which only Speaker Deck knows (its Embed button shows it)"
		}
		return speakerdeckHTML(seg[1] + "?" + u.RawQuery)
	}
	id, query, _ := strings.Cut(arg, "?")
	if !isID(id) {
		return "", "not a Speaker Deck id"
	}
	slide := ""
	if q, err := url.ParseQuery(query); err == nil && isDigits(q.Get("slide")) {
		slide = ` data-slide="` + q.Get("slide") + `"`
	}
	return `<script async class="speakerdeck-embed" data-id="` + id + `"` + slide + ` src="//speakerdeck.com/assets/embed.js"></script>`, ""
}

func slideshareHTML(arg string) (string, string) {
	if u := webURL(arg); u != nil {
		seg := segments(u)
		if onHost(u, "slideshare.net") && len(seg) == 4 && seg[0] == "slideshow" && seg[1] == "embed_code" && seg[2] == "key" {
			return slideshareHTML(seg[3])
		}
		return "", "the address of a deck's page: its embed needs the deck's key, which only SlideShare knows (its Embed button shows it)"
	}
	if !isID(arg) {
		return "", "not a SlideShare key"
	}
	return iframe("https://www.slideshare.net/slideshow/embed_code/key/" + arg), ""
}

func docswellHTML(arg string) (string, string) {
	u := webURL(arg)
	if u == nil || !onHost(u, "docswell.com") {
		return "", "not a Docswell address"
	}
	seg := segments(u)
	var id, page string
	switch {
	case len(seg) >= 2 && seg[0] == "slide":
		id = seg[1]
	case len(seg) >= 3 && seg[0] == "s":
		id, _, _ = strings.Cut(seg[2], "-")
		if len(seg) == 4 && isDigits(seg[3]) {
			page = "#p" + seg[3]
		}
	}
	if strings.HasPrefix(u.Fragment, "p") && isDigits(u.Fragment[1:]) {
		page = "#" + u.Fragment
	}
	if !isID(id) {
		return "", "not the address of a Docswell deck"
	}
	return iframe("https://www.docswell.com/slide/" + id + "/embed" + page), ""
}

// gistHTML reads a gist's address, USER/ID or ID, optionally followed by
// a file name after a space.
func gistHTML(arg string) (string, string) {
	ref, file, _ := strings.Cut(strings.TrimSpace(arg), " ")
	if u := webURL(ref); u != nil {
		if !onHost(u, "gist.github.com") {
			return "", "not a gist address"
		}
		ref = strings.Trim(u.Path, "/")
		if f := u.Query().Get("file"); f != "" && file == "" {
			file = f
		}
	}
	ref = strings.TrimSuffix(ref, ".js")
	user, id, ok := strings.Cut(ref, "/")
	if !ok {
		user, id = "", ref
	}
	if !isID(id) || (ok && !isID(user)) {
		return "", "not a gist id"
	}
	src := withQuery("https://gist.github.com/"+strings.TrimPrefix(user+"/"+id, "/")+".js", "file", strings.TrimSpace(file))
	return `<script src="` + html.EscapeString(src) + `"></script>`, ""
}

func codepenHTML(arg string) (string, string) {
	u := webURL(arg)
	if u == nil || !onHost(u, "codepen.io") {
		return "", "not a CodePen address"
	}
	seg := segments(u)
	if len(seg) < 3 || (seg[1] != "pen" && seg[1] != "embed") {
		return "", "not the address of a pen"
	}
	return iframe("https://codepen.io/" + seg[0] + "/embed/" + seg[2]), ""
}

func codesandboxHTML(arg string) (string, string) {
	u := webURL(arg)
	if u == nil || !onHost(u, "codesandbox.io") {
		return "", "not a CodeSandbox address"
	}
	seg := segments(u)
	if len(seg) == 2 && seg[0] == "s" { // the sandbox's page
		u.Path = "/embed/" + seg[1]
	}
	return iframe(u.String()), ""
}

// jsfiddleHTML reads a fiddle's address, or Octopress's and Hexo's
// arguments: ID [TABS [SKIN]].
func jsfiddleHTML(arg string) (string, string) {
	f := strings.Fields(arg)
	if len(f) == 0 {
		return "", "no fiddle named"
	}
	if u := webURL(f[0]); u != nil {
		if !onHost(u, "jsfiddle.net") {
			return "", "not a JSFiddle address"
		}
		p := strings.TrimSuffix(u.Path, "/")
		if !strings.Contains(p, "/embed") {
			p += "/embedded"
		}
		return iframe("https://jsfiddle.net" + p + "/"), ""
	}
	if !isID(strings.ReplaceAll(f[0], "/", "")) {
		return "", "not a fiddle id"
	}
	src := "https://jsfiddle.net/" + strings.Trim(f[0], "/") + "/embedded/"
	for _, opt := range f[1:min(len(f), 3)] {
		if opt != "default" && isID(strings.ReplaceAll(opt, ",", "")) {
			src += opt + "/"
		}
	}
	return iframe(src), ""
}

// shortcodeOf returns the shortcode the providers of the pass's registry
// make of the embed HTML, or why they make none. With generic set, an
// iframe no provider knows becomes the generic iframe shortcode.
func (p *pass) shortcodeOf(html string, generic bool) (string, string) {
	reg := p.reg
	if generic && !hasProvider(reg, "iframes") {
		if r, err := reg.With(embed.Iframes()); err == nil {
			reg = r
		}
	}
	_, findings, err := reg.Rewrite([]byte(html + "\n"))
	switch {
	case err != nil:
		return "", err.Error()
	case len(findings) == 0:
		return "", "no embed provider reads it"
	case findings[0].Converted:
		return findings[0].Shortcode, ""
	case findings[0].Provider == "":
		return "", "no embed provider reads it (" + findings[0].Reason + ")"
	}
	return "", findings[0].Provider + ": " + findings[0].Reason
}

func hasProvider(reg *embed.Registry, name string) bool {
	return slices.Contains(reg.Names(), name)
}

// embedShortcode returns the shortcode for the service's embed of arg, or
// why there is none.
func (p *pass) embedShortcode(service, arg string) (string, string) {
	mk, ok := services[service]
	if !ok {
		return "", "no embed of " + service
	}
	h, why := mk(arg)
	if why != "" {
		return "", why
	}
	return p.shortcodeOf(h, false)
}

// pageServices are the services a page's address alone says how to embed,
// as WordPress, Zenn and Qiita do with a URL on a line of its own.
var pageServices = []struct {
	name, label string
	domains     []string
}{
	{"youtube", "YouTube", []string{"youtube.com", "youtu.be", "youtube-nocookie.com"}},
	{"vimeo", "Vimeo", []string{"vimeo.com"}},
	{"tweet", "X", []string{"twitter.com", "x.com"}},
	{"speakerdeck", "Speaker Deck", []string{"speakerdeck.com"}},
	{"slideshare", "SlideShare", []string{"slideshare.net"}},
	{"docswell", "Docswell", []string{"docswell.com"}},
	{"gist", "gist", []string{"gist.github.com"}},
}

// pageService returns the service whose pages u is on, and its name for
// people, or "".
func pageService(u *url.URL) (service, label string) {
	for _, s := range pageServices {
		if onHost(u, s.domains...) {
			return s.name, s.label
		}
	}
	return "", ""
}
