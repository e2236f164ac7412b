package e2e

import (
	"net/url"
	"path"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// An Embed is one embedded thing a rendered page shows: a video, a slide
// deck, a post. It is recognized in the HTML by what a browser would load,
// not by how the page's source wrote it, so a raw <iframe> and the
// shortcode that replaced it read the same.
type Embed struct {
	// Provider is "youtube", "vimeo", "slideshare", "speakerdeck", "x",
	// "instagram", "gist", "bluesky" or "flickr"; for any other iframe,
	// its host without "www.".
	Provider string
	// ID names the video, deck or post at the provider. For an iframe of
	// an unknown provider it is the path and query of its address.
	ID string
	// Options are what else decides what a reader sees, such as where a
	// video starts, as a sorted query string; "" for none.
	Options string
	// Text and Quote are, for an X post, the words of the post (the first
	// paragraph of its blockquote, as X's embed code writes it) and all the
	// text of the blockquote, attribution included. The x shortcode fetches
	// the post when the site is built and renders nothing offline, so what
	// a converted page must keep is a quote holding the post's words and
	// the link to it.
	Text, Quote string
}

// key identifies the embedded thing itself, whatever its options.
func (e Embed) key() string { return e.Provider + " " + e.ID }

// String returns the embed as a report shows it: provider, id, options.
func (e Embed) String() string {
	s := e.key()
	if e.Options != "" {
		s += " " + e.Options
	}
	return s
}

// A reading is what the suite reads in a rendered page.
type reading struct {
	// embeds are the page's embeds, in document order.
	embeds []Embed
	// omitted counts the "raw HTML omitted" markers goldmark left.
	omitted int
	// words are the words a reader reads outside the embeds, in order,
	// with Hugo's typography undone (see untypeset).
	words []string
}

// read reads a rendered page: its embeds, its omitted raw HTML and its
// words.
func read(content string) (reading, error) {
	body := &html.Node{Type: html.ElementNode, Data: "body", DataAtom: atom.Body}
	nodes, err := html.ParseFragment(strings.NewReader(content), body)
	if err != nil {
		return reading{}, err
	}
	var x extractor
	for _, n := range nodes {
		x.walk(n)
	}
	return reading{embeds: x.embeds, omitted: x.omitted, words: strings.Fields(untypeset.Replace(x.text.String()))}, nil
}

// An extractor reads one page as it walks its nodes.
type extractor struct {
	embeds  []Embed
	omitted int
	text    strings.Builder
}

func (x *extractor) walk(n *html.Node) {
	switch {
	case n.Type == html.CommentNode && strings.TrimSpace(n.Data) == "raw HTML omitted":
		x.omitted++
	case n.Type == html.TextNode:
		x.text.WriteString(n.Data)
	case n.Type == html.ElementNode:
		if e, ok := elementEmbed(n); ok {
			x.embeds = append(x.embeds, e)
			return // an embed's children, text included, are part of it
		}
		if n.DataAtom == atom.Script || n.DataAtom == atom.Style {
			return
		}
	}
	block := breaksText(n)
	if block {
		x.text.WriteByte(' ')
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		x.walk(c)
	}
	if block {
		x.text.WriteByte(' ')
	}
}

// elementEmbed returns the embed that the element n is, if it is one.
func elementEmbed(n *html.Node) (Embed, bool) {
	switch n.DataAtom {
	case atom.Iframe:
		return urlEmbed(attr(n, "src"), true)
	case atom.Script:
		if id := attr(n, "data-id"); id != "" && hasClass(n, "speakerdeck-embed") {
			return Embed{Provider: "speakerdeck", ID: id, Options: slideOption(attr(n, "data-slide"))}, true
		}
		// Other scripts are embeds only where they load one by their
		// address (gists); the loaders that turn a blockquote into a
		// post (widgets.js, embed.js) are not embeds themselves.
		return urlEmbed(attr(n, "src"), false)
	case atom.Blockquote:
		return blockquoteEmbed(n)
	case atom.A:
		if attr(n, "data-flickr-embed") == "true" {
			if id, ok := pathAfter(attr(n, "href"), "photos", 1); ok {
				return Embed{Provider: "flickr", ID: id}, true
			}
		}
	}
	return Embed{}, false
}

// blockquoteEmbed recognizes the blockquotes that providers' scripts turn
// into posts, and the ones a page keeps for an X post: a quote that links
// to the post.
func blockquoteEmbed(n *html.Node) (Embed, bool) {
	if p := attr(n, "data-instgrm-permalink"); p != "" || hasClass(n, "instagram-media") {
		if p == "" {
			p = firstLink(n, "instagram.com")
		}
		if e, ok := urlEmbed(p, false); ok {
			return e, true
		}
	}
	if uri := attr(n, "data-bluesky-uri"); uri != "" {
		return Embed{Provider: "bluesky", ID: uri}, true
	}
	if hasDescendant(n, atom.Blockquote) {
		return Embed{}, false // the inner quote is the post
	}
	var id string
	for _, href := range links(n) {
		if s, ok := xStatus(href); ok {
			id = s // the last link to a post is the post's own
		}
	}
	if id == "" {
		return Embed{}, false
	}
	e := Embed{Provider: "x", ID: id, Quote: textOf(n)}
	e.Text = e.Quote
	if p := find(n, atom.P); p != nil {
		e.Text = textOf(p)
	}
	return e, true
}

// urlEmbed recognizes the address a player, deck or post loads from. An
// address of no known provider is an embed only when iframe is true.
func urlEmbed(raw string, iframe bool) (Embed, bool) {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil || u.Host == "" {
		return Embed{}, false
	}
	host := strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
	q := u.Query()
	switch host {
	case "youtube.com", "youtube-nocookie.com", "m.youtube.com":
		if id, ok := strings.CutPrefix(u.Path, "/embed/"); ok && id != "" {
			return Embed{Provider: "youtube", ID: id, Options: options(q, "start", "end", "list")}, true
		}
	case "player.vimeo.com":
		if id, ok := strings.CutPrefix(u.Path, "/video/"); ok && id != "" {
			return Embed{Provider: "vimeo", ID: id, Options: options(q, "h")}, true
		}
	case "slideshare.net":
		if rest, ok := strings.CutPrefix(u.Path, "/slideshow/embed_code/"); ok {
			return Embed{Provider: "slideshare", ID: path.Base(rest), Options: slideOption(q.Get("startSlide"))}, true
		}
	case "speakerdeck.com":
		if id, ok := strings.CutPrefix(u.Path, "/player/"); ok && id != "" {
			return Embed{Provider: "speakerdeck", ID: id, Options: slideOption(q.Get("slide"))}, true
		}
	case "instagram.com":
		for _, kind := range []string{"p", "reel", "tv"} {
			if id, ok := pathAfter(u.String(), kind, 0); ok {
				return Embed{Provider: "instagram", ID: id}, true
			}
		}
	case "gist.github.com":
		if strings.HasSuffix(u.Path, ".js") {
			return Embed{Provider: "gist", ID: strings.TrimSuffix(path.Base(u.Path), ".js"), Options: options(q, "file")}, true
		}
	case "embed.bsky.app":
		if rest, ok := strings.CutPrefix(u.Path, "/embed/"); ok {
			return Embed{Provider: "bluesky", ID: "at://" + rest}, true
		}
	}
	if !iframe {
		return Embed{}, false
	}
	id := u.EscapedPath()
	if u.RawQuery != "" {
		id += "?" + u.RawQuery
	}
	return Embed{Provider: host, ID: id}, true
}

// xStatus returns the id of the X post a link points to.
func xStatus(href string) (string, bool) {
	u, err := url.Parse(href)
	if err != nil {
		return "", false
	}
	switch strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.") {
	case "twitter.com", "x.com", "mobile.twitter.com", "mobile.x.com":
	default:
		return "", false
	}
	parts := strings.Split(strings.Trim(u.Path, "/"), "/")
	for i := 0; i+1 < len(parts); i++ {
		if (parts[i] == "status" || parts[i] == "statuses") && isDigits(parts[i+1]) {
			return parts[i+1], true
		}
	}
	return "", false
}

// options returns the named, non-zero query parameters of q as a sorted
// query string: zero is every player's default.
func options(q url.Values, names ...string) string {
	kept := url.Values{}
	for _, name := range names {
		if v := q.Get(name); v != "" && v != "0" {
			kept.Set(name, v)
		}
	}
	return kept.Encode()
}

// slideOption returns the option for a deck that opens on a given slide;
// "" for the first, where every deck opens.
func slideOption(slide string) string {
	if slide == "" || slide == "0" || slide == "1" {
		return ""
	}
	return "slide=" + slide
}

// pathAfter returns the path segment that follows the segment named
// after, skipping skip segments: pathAfter(".../photos/ann/123/", "photos",
// 1) is "123".
func pathAfter(raw, after string, skip int) (string, bool) {
	u, err := url.Parse(raw)
	if err != nil {
		return "", false
	}
	parts := strings.Split(strings.Trim(u.Path, "/"), "/")
	for i, p := range parts {
		if p == after && i+1+skip < len(parts) && parts[i+1+skip] != "" {
			return parts[i+1+skip], true
		}
	}
	return "", false
}

func isDigits(s string) bool {
	for _, c := range s {
		if c < '0' || c > '9' {
			return false
		}
	}
	return s != ""
}

// attr returns the value of n's attribute key, or "".
func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Namespace == "" && a.Key == key {
			return a.Val
		}
	}
	return ""
}

// hasClass reports whether n's class attribute lists class.
func hasClass(n *html.Node, class string) bool {
	for _, c := range strings.Fields(attr(n, "class")) {
		if c == class {
			return true
		}
	}
	return false
}

// find returns the first element below n with the given tag, or nil.
func find(n *html.Node, tag atom.Atom) *html.Node {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && c.DataAtom == tag {
			return c
		}
		if f := find(c, tag); f != nil {
			return f
		}
	}
	return nil
}

func hasDescendant(n *html.Node, tag atom.Atom) bool { return find(n, tag) != nil }

// links returns the href of every link below n, in order.
func links(n *html.Node) []string {
	var hrefs []string
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && c.DataAtom == atom.A {
			hrefs = append(hrefs, attr(c, "href"))
		}
		hrefs = append(hrefs, links(c)...)
	}
	return hrefs
}

// firstLink returns the first link below n whose address contains host.
func firstLink(n *html.Node, host string) string {
	for _, href := range links(n) {
		if strings.Contains(href, host) {
			return href
		}
	}
	return ""
}

// textOf returns the text below n as a reader sees it: line breaks and
// block boundaries read as spaces, and runs of white space as one.
func textOf(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
		block := breaksText(n)
		if block {
			b.WriteByte(' ')
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
		if block {
			b.WriteByte(' ')
		}
	}
	walk(n)
	return strings.Join(strings.Fields(b.String()), " ")
}

// breaksText reports whether the element n separates the text before it
// from the text in and after it, as a paragraph or a line break does; the
// inline elements of Markdown's rendering do not.
func breaksText(n *html.Node) bool {
	if n.Type != html.ElementNode {
		return false
	}
	switch n.DataAtom {
	case atom.A, atom.Span, atom.Em, atom.Strong, atom.Code, atom.Del, atom.Sup, atom.Sub, atom.Small, atom.B, atom.I, atom.Mark, atom.Abbr, atom.Kbd:
		return false
	}
	return true
}
