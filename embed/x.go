package embed

// xPost converts embedded posts of X (Twitter) to the xpost shortcode
// hugofmt ships (templates/xpost.html):
//
//	<blockquote class="twitter-tweet"><p lang="en" dir="ltr">Text <a href="https://t.co/x">pic.twitter.com/x</a></p>
//	&mdash; Name (@user) <a href="https://twitter.com/user/status/ID?ref_src=twsrc%5Etfw">May 10, 2018</a></blockquote>
//	<script async src="https://platform.twitter.com/widgets.js" charset="utf-8"></script>
//
// becomes
//
//	{{< xpost user="user" id="ID" >}}Text [pic.twitter.com/x](https://t.co/x) — Name (@user) [May 10, 2018](https://twitter.com/user/status/ID?ref_src=twsrc%5Etfw){{< /xpost >}}
//
// The status comes from the last /status/ link; the widgets.js script goes
// with the post it renders, and one with no post before it is left and
// reported. A bare wrapper around them goes with them.
//
// Why not Hugo's built-in x shortcode: it fetches the post from X when the
// site is built and renders nothing when it cannot (offline, the post
// deleted, privacy.x.disable set), and it fails the build when given inner
// content. The post's text would be lost. xpost keeps it as inner content,
// Markdown; its template renders what the built-in renders when X answers
// and privacy allows it, and otherwise the kept text, as a blockquote
// linking to the post. Not "tweet": Hugo removed a shortcode of that name,
// and themes reuse it.
type xPost struct{ wrapped }

func (xPost) Name() string { return "x" }

func (xPost) Match(e *Embed) (Shortcode, bool) {
	if isWidgetsJS(e.Element) {
		return Shortcode{Skip: "X's widgets.js with no post before it (a timeline, a button, or a stray companion)"}, true
	}
	s := spanOf(e)
	sc, ok := s.read(xPostOf)
	if !ok {
		return Shortcode{}, false
	}
	s.take(isWidgetsJS)
	return s.finish(sc)
}

// xPostOf reads the blockquote of an embedded post.
func xPostOf(el *Element) (Shortcode, bool) {
	if el.Tag != "blockquote" || !el.HasClass("twitter-tweet") && !el.HasClass("twitter-video") {
		return Shortcode{}, false
	}
	user, id := "", ""
	for _, a := range el.FindAll("a") {
		if u, i, ok := xStatus(a.Attr("href")); ok {
			user, id = u, i
		}
	}
	if id == "" {
		return Shortcode{Skip: "post of X without a link to its status"}, true
	}
	return Shortcode{Name: "xpost", Params: []Param{Named("user", user), Named("id", id)}, Inner: inlineMarkdown(el), Paired: true}, true
}

// xStatus reads https://twitter.com/USER/status/ID (or x.com, /statuses/).
func xStatus(href string) (user, id string, ok bool) {
	u, ok := urlOn(href, "twitter.com", "x.com")
	if !ok {
		return "", "", false
	}
	parts := pathParts(u)
	if len(parts) < 3 || (parts[1] != "status" && parts[1] != "statuses") || !isDigits(parts[2]) || !isID(parts[0]) {
		return "", "", false
	}
	return parts[0], parts[2], true
}

func isWidgetsJS(el *Element) bool {
	u, ok := el.srcOn("twitter.com", "x.com")
	return el.Tag == "script" && ok && u.Path == "/widgets.js"
}
