package embed

import "strings"

// instagram converts Instagram embeds to Hugo's built-in instagram
// shortcode, {{< instagram ID >}} (it takes the id as its one positional
// parameter):
//
//	<blockquote class="instagram-media" data-instgrm-permalink="https://www.instagram.com/p/ID/?utm_source=ig_embed" …>…</blockquote>
//	<script async src="//www.instagram.com/embed.js"></script>
//	<iframe src="https://www.instagram.com/p/ID/embed"></iframe>
//
// Posts, reels and IGTV (/p/, /reel/, /tv/) are read alike. The embed.js
// script goes with the post it renders; one with no post before it is left
// and reported. The blockquote's caption is not kept: the shortcode shows
// the post itself. A bare wrapper around the embed goes with it.
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
	return Shortcode{Name: "instagram", Params: []Param{Pos(id)}}, true
}

// instagramFrame reads an Instagram post's iframe.
func instagramFrame(el *Element) (Shortcode, bool) {
	if _, ok := el.srcOn("instagram.com"); el.Tag != "iframe" || !ok {
		return Shortcode{}, false
	}
	id, ok := instagramID(el.Attr("src"))
	if !ok {
		return Shortcode{Skip: "Instagram iframe without a post address"}, true
	}
	return Shortcode{Name: "instagram", Params: []Param{Pos(id)}}, true
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
