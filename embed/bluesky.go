package embed

import "strings"

// bluesky recognises Bluesky posts: <blockquote class="bluesky-embed"
// data-bluesky-uri="at://…" data-bluesky-cid="…"> with the post's text, its
// author and date, and the embed.bsky.app script after it. It becomes
// {{< bluesky uri cid text lang author handle date >}}: the post's text,
// author and date are kept, so the page still shows the post when the
// script does not run or the post is gone; its links follow from the URI.
type bluesky struct{ wrapped }

func (bluesky) Name() string { return "bluesky" }

func (bluesky) Match(e *Embed) (Shortcode, bool) {
	s := spanOf(e)
	if s.take(isBlueskyScript) != nil {
		return stray("Bluesky")
	}
	bq := s.take(func(el *Element) bool { return el.Tag == "blockquote" && el.HasClass("bluesky-embed") })
	if bq == nil {
		return Shortcode{}, false
	}
	s.take(isBlueskyScript)
	uri := bq.Attr("data-bluesky-uri")
	if !strings.HasPrefix(uri, "at://") {
		return s.skip("Bluesky embed without an at:// URI")
	}
	sc := Shortcode{Name: "bluesky", Params: []Param{
		Named("uri", uri),
		Named("cid", bq.Attr("data-bluesky-cid")),
	}}
	sc.Params = append(sc.Params, blueskyPost(bq)...)
	return s.done(sc)
}

// blueskyPost reads what the embed shows readers without its script:
//
//	<p lang>TEXT<br><br><a href>[image or embed]</a></p>
//	&mdash; NAME (<a href=PROFILE>@HANDLE</a>) <a href=POST>DATE</a>
func blueskyPost(bq *Element) []Param {
	var text, lang, handle, date string
	if p := bq.Find(tagged("p")); p != nil {
		text = strings.TrimSpace(strings.TrimSuffix(p.Text(), "[image or embed]"))
		lang = p.Attr("lang")
	}
	for _, a := range bq.Children {
		switch href := a.Attr("href"); {
		case a.Tag != "a":
		case strings.Contains(href, "/post/"):
			date = a.Text()
		default:
			handle = a.Text()
		}
	}
	return []Param{
		Named("text", text),
		Named("lang", lang),
		Named("author", blueskyAuthor(bq)),
		Named("handle", handle),
		Named("date", date),
	}
}

// blueskyAuthor returns the author's display name: the text between the
// post and the handle, "— NAME (".
func blueskyAuthor(bq *Element) string {
	for _, p := range bq.content {
		name := strings.TrimSpace(p.text)
		name = strings.TrimSpace(strings.TrimPrefix(name, "—"))
		if name, ok := strings.CutSuffix(name, "("); ok {
			return strings.TrimSpace(name)
		}
	}
	return ""
}

// isBlueskyScript reports whether e is Bluesky's embed.js.
func isBlueskyScript(e *Element) bool {
	return isScriptFrom(e, "embed.js", "embed.bsky.app")
}
