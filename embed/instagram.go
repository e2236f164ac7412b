package embed

import "strings"

// instagram converts Instagram embeds:
//
//	<blockquote class="instagram-media" data-instgrm-permalink="https://www.instagram.com/p/ID/?utm_source=ig_embed" …>
//	  <div><a href="https://www.instagram.com/p/ID/…">…View this post on Instagram…</a>
//	  <p><a href="https://www.instagram.com/p/ID/…">A post shared by Alice (@alice)</a></p></div></blockquote>
//	<script async src="//www.instagram.com/embed.js"></script>
//
// becomes the instagrampost shortcode hugofmt ships
// (templates/instagrampost.html), with the blockquote's text (the post's
// credit line, and its caption, which older embed codes write out) kept as
// inner content, Markdown:
//
//	{{< instagrampost id="ID" >}}[A post shared by Alice (@alice)](https://www.instagram.com/p/ID/){{< /instagrampost >}}
//
// The placeholder card, a link holding the card's boxes and its "View this
// post on Instagram", is left to the template, which draws its own. An
// iframe, <iframe src="https://www.instagram.com/p/ID/embed">, has nothing
// to keep: it becomes Hugo's built-in {{< instagram ID >}}. Posts, reels
// and IGTV (/p/, /reel/, /tv/) are read alike. The embed.js script goes
// with the post it renders; one with no post before it is left and
// reported. A bare wrapper around the embed goes with it.
//
// Why not Hugo's built-in instagram shortcode for the blockquote, as was
// done for X with xpost: it renders an empty card that Instagram's script
// fills, and nothing at all with privacy.instagram.disable; what the post's
// readers saw before the script ran, its caption, would be lost. The
// template renders what the built-in renders, the kept text inside, and
// only the kept text, linked to the post, where privacy settings keep
// Instagram's script out.
type instagram struct{ wrapped }

func (instagram) Name() string { return "instagram" }

func (instagram) Match(e *Embed) (Shortcode, bool) {
	if isInstagramJS(e.Element) {
		return Shortcode{Skip: "Instagram's embed.js with no post before it (a stray companion)"}, true
	}
	s := spanOf(e)
	if sc, ok := s.read(instagramQuote); ok {
		s.take(isInstagramJS)
		return s.finish(sc)
	}
	if sc, ok := s.read(instagramFrame); ok {
		return s.finish(sc)
	}
	return Shortcode{}, false
}

// instagramQuote reads the blockquote of Instagram's embed code.
func instagramQuote(el *Element) (Shortcode, bool) {
	if el.Tag != "blockquote" || !el.HasClass("instagram-media") {
		return Shortcode{}, false
	}
	id, ok := instagramID(el.Attr("data-instgrm-permalink"))
	for _, a := range el.FindAll("a") {
		if ok {
			break
		}
		id, ok = instagramID(a.Attr("href"))
	}
	if !ok {
		return Shortcode{Skip: "Instagram post without a link to it"}, true
	}
	return Shortcode{Name: "instagrampost", Params: []Param{Named("id", id)}, Inner: inlineMarkdownWithout(el, isPlaceholderCard), Paired: true}, true
}

// isPlaceholderCard reports whether e is the card Instagram's embed code
// shows until its script runs: a link holding the card's boxes and its
// "View this post on Instagram", which instagrampost draws itself.
func isPlaceholderCard(e *Element) bool { return e.Tag == "a" && e.Find(tagged("div")) != nil }

// instagramFrame reads an Instagram post's iframe.
func instagramFrame(el *Element) (Shortcode, bool) {
	if _, ok := el.srcOn("instagram.com"); el.Tag != "iframe" || !ok {
		return Shortcode{}, false
	}
	id, ok := instagramID(el.Attr("src"))
	if !ok {
		return Shortcode{Skip: "Instagram iframe without a post address"}, true
	}
	return Shortcode{Name: "instagram", Params: []Param{Positional(id)}}, true
}

// instagramID reads the id of https://www.instagram.com/p/ID/ (or /reel/,
// /tv/, with a user before them).
func instagramID(href string) (string, bool) {
	u, ok := urlOn(href, "instagram.com")
	if !ok {
		return "", false
	}
	parts := pathParts(u)
	for i := 0; i+1 < len(parts); i++ {
		switch parts[i] {
		case "p", "reel", "tv":
			if isID(parts[i+1]) {
				return parts[i+1], true
			}
		}
	}
	return "", false
}

func isInstagramJS(el *Element) bool {
	u, ok := el.srcOn("instagram.com")
	return el.Tag == "script" && ok &&
		(u.Path == "/embed.js" || strings.HasSuffix(u.Path, "/embeds.js"))
}
