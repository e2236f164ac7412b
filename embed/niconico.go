package embed

import "strings"

// niconico recognises Niconico videos: the player script
// (embed.nicovideo.jp/watch/ID/script?w&h) and the old one
// (ext.nicovideo.jp/thumb_watch/ID), each with the <noscript> link after
// it, the player iframe (embed.nicovideo.jp/watch/ID) and the thumbnail
// card iframe (ext.nicovideo.jp/thumb/ID). All become
// {{< niconico id from width height title >}}, a player, the video's title
// taken from the link the embed carries for readers without scripts.
type niconico struct{ wrapped }

func (niconico) Name() string { return "niconico" }

func (niconico) Match(e *Embed) (Shortcode, bool) {
	s := spanOf(e)
	el, u := s.takeURL(srcOf("iframe", "script"), on("nicovideo.jp"))
	if el == nil {
		return Shortcode{}, false
	}
	title := niconicoTitle(el)
	if el.Tag == "script" {
		if ns := s.take(tagged("noscript")); ns != nil {
			title = niconicoTitle(ns)
		}
	}
	seg := pathParts(u)
	if len(seg) < 2 || !isNiconicoID(seg[1]) {
		return s.skip("Niconico " + el.Tag + " without a video in its URL")
	}
	var width, height string
	switch seg[0] {
	case "watch": // the player, as an iframe or a script
		width, height = size(el)
		if el.Tag == "script" {
			width, height = pixels(u.Query().Get("w")), pixels(u.Query().Get("h"))
		}
	case "thumb", "thumb_watch": // a thumbnail card or the old player: sizes that do not fit a player
	default:
		return s.skip("Niconico " + el.Tag + " without a video in its URL")
	}
	return s.done(Shortcode{Name: "niconico", Params: []Param{
		Named("id", seg[1]),
		Named("from", digits(u.Query().Get("from"))),
		Named("width", width),
		Named("height", height),
		Named("title", title),
	}})
}

// isNiconicoID reports whether id names a video: "sm9", "so123", "nm42"
// or a bare number.
func isNiconicoID(id string) bool {
	if len(id) > 2 && isASCIILetter(id[0]) && isASCIILetter(id[1]) {
		id = id[2:]
	}
	return digits(id) != ""
}

// niconicoTitle returns the text of the link to the video that an iframe
// or a <noscript> holds for readers the player does not reach. The content
// of a <noscript> is raw text to the tokenizer, so it is parsed here.
func niconicoTitle(e *Element) string {
	holder := e
	if e.Tag == "noscript" {
		var raw strings.Builder
		for _, p := range e.content {
			raw.WriteString(p.text)
		}
		holder = &Element{Children: parseElements([]byte(raw.String()))}
	}
	a := holder.Find(tagged("a"))
	if a == nil {
		return ""
	}
	return a.Text()
}
