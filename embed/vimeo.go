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
// the report. The credit line Vimeo's embed code adds after the iframe is
// left as it is.
type vimeo struct{}

func (vimeo) Name() string { return "vimeo" }

func (vimeo) Match(e *Embed) (Shortcode, bool) {
	var src string
	switch e.Tag {
	case "iframe", "embed":
		src = e.Attr("src")
	case "object":
		src = cmp.Or(movie(e.Element), e.Attr("data"))
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
	sc := Shortcode{Name: "vimeo", Params: []Param{P("id", id)}}
	used := []string{"clip_id", "h"}
	if h := q.Get("h"); h != "" {
		if !isID(h) {
			return Shortcode{Skip: "Vimeo embed with an unreadable h= hash"}, true
		}
		sc.Name = "vimeo_unlisted"
		sc.Params = append(sc.Params, P("hash", h))
	}
	if l := e.Attr("loading"); l == "lazy" || l == "eager" {
		sc.Params = append(sc.Params, P("loading", l))
	}
	sc.Params = append(sc.Params, P("title", e.Attr("title")))
	if dropped := unusedKeys(q, used); len(dropped) > 0 {
		sc.Note = "player options dropped, the shortcode has none such: " + strings.Join(dropped, ", ")
	}
	return sc, true
}
