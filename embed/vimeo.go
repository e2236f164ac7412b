package embed

import (
	"cmp"
	"strings"
)

// vimeo converts Vimeo embeds:
//
//	<iframe src="https://player.vimeo.com/video/ID" title="…"></iframe>
//	<object><param name="movie" value="http://vimeo.com/moogaloop.swf?clip_id=ID&…">…</object>
//
// become Hugo's built-in {{< vimeo id="ID" title="…" >}}. An unlisted
// video's address carries a hash, ?h=HASH, without which the player refuses
// it; Hugo's shortcode has no parameter for it, so such an embed becomes
// the vimeo_unlisted shortcode hugofmt ships (templates/vimeo_unlisted.html),
// {{< vimeo_unlisted id="ID" hash="HASH" >}}, which otherwise renders as
// Hugo's does. Player options (autoplay, color …) are dropped and named in
// the report.
//
// The rest of Vimeo's embed code goes with the player: the responsive
// wrapper around it (<div style="padding:56.25% 0 0 0;position:relative;">,
// or any wrapper adding nothing but layout), the script of Vimeo's player
// API (player.vimeo.com/api/player.js), and the credit line under it,
//
//	<p><a href="https://vimeo.com/ID">Title</a> from <a href="https://vimeo.com/user">Author</a> on <a href="https://vimeo.com">Vimeo</a>.</p>
//
// which the shortcode has no place for: it becomes the shortcode's
// Caption, a paragraph of Markdown after it that reads as the credit did.
// An API script with no player before it is left, and reported.
type vimeo struct{ wrapped }

func (vimeo) Name() string { return "vimeo" }

func (vimeo) Match(e *Embed) (Shortcode, bool) {
	if isVimeoAPI(e.Element) {
		return stray("Vimeo player API")
	}
	s := spanOf(e)
	sc, ok := s.read(vimeoPlayer)
	if !ok {
		return Shortcode{}, false
	}
	// The API script and the credit line follow, in either order.
	api := s.take(isVimeoAPI) != nil
	sc.Caption = s.caption("vimeo.com")
	if !api {
		s.take(isVimeoAPI)
	}
	return s.finish(sc)
}

// vimeoPlayer reads a Vimeo player: an iframe, or an old Flash object or
// embed.
func vimeoPlayer(el *Element) (Shortcode, bool) {
	var src string
	switch el.Tag {
	case "iframe", "embed":
		src = el.Attr("src")
	case "object":
		src = cmp.Or(movie(el), el.Attr("data"))
	default:
		return Shortcode{}, false
	}
	u, ok := urlOn(src, "vimeo.com")
	if !ok {
		return Shortcode{}, false
	}
	parts, q := pathParts(u), u.Query()
	var id string
	switch {
	case len(parts) == 2 && parts[0] == "video" && isDigits(parts[1]):
		id = parts[1]
	case len(parts) == 1 && strings.HasPrefix(parts[0], "moogaloop") && isDigits(q.Get("clip_id")):
		id = q.Get("clip_id")
	default:
		return Shortcode{Skip: "Vimeo embed without a video id"}, true
	}
	sc := Shortcode{Name: "vimeo", Params: []Param{Named("id", id)}}
	used := []string{"clip_id", "h"}
	if h := q.Get("h"); h != "" {
		if !isID(h) {
			return Shortcode{Skip: "Vimeo embed with an unreadable h= hash"}, true
		}
		sc.Name = "vimeo_unlisted"
		sc.Params = append(sc.Params, Named("hash", h))
	}
	if l := el.Attr("loading"); l == "lazy" || l == "eager" {
		sc.Params = append(sc.Params, Named("loading", l))
	}
	sc.Params = append(sc.Params, Named("title", el.Attr("title")))
	if dropped := unusedKeys(q, used); len(dropped) > 0 {
		sc.Note = "player options dropped, the shortcode has none such: " + strings.Join(dropped, ", ")
	}
	return sc, true
}

// isVimeoAPI reports whether e is the script of Vimeo's player API, which
// Vimeo's embed code adds after the player.
func isVimeoAPI(e *Element) bool { return isScriptFrom(e, "/api/player.js", "player.vimeo.com") }
