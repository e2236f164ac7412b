package embed

// flickr recognises Flickr's embed: <a data-flickr-embed="true"
// href="https://www.flickr.com/photos/…" title><img src width height
// alt></a> with the embedr.flickr.com script after it. It becomes
// {{< flickr url src width height title alt header footer context >}}; the
// template shows the image itself, so the photo is there even when the
// script does not run.
type flickr struct{}

func (flickr) Name() string { return "flickr" }

func (flickr) Match(e *Embed) (Shortcode, bool) {
	s := spanOf(e)
	if s.take(isFlickrScript) != nil {
		return stray("Flickr")
	}
	a := s.take(func(el *Element) bool { return el.Tag == "a" && el.HasAttr("data-flickr-embed") })
	if a == nil {
		return Shortcode{}, false
	}
	page, okPage := sourceURL(a.Attr("href"))
	img := a.Find(tagged("img"))
	if !okPage || !onHost(page, "flickr.com", "flic.kr") || img == nil {
		return Shortcode{Skip: "Flickr embed without a photo page or an image"}, true
	}
	src, ok := sourceURL(img.Attr("src"))
	if !ok {
		return Shortcode{Skip: "Flickr embed without a photo page or an image"}, true
	}
	width, height := size(img)
	sc := Shortcode{Name: "flickr", Params: []Param{
		P("url", https(page)),
		P("src", https(src)),
		P("width", width),
		P("height", height),
		P("title", a.Attr("title")),
		P("alt", img.Attr("alt")),
		P("header", flag(a.Attr("data-header") == "true")),
		P("footer", flag(a.Attr("data-footer") == "true")),
		P("context", flag(a.Attr("data-context") == "true")),
	}}
	s.take(isFlickrScript)
	return s.done(sc)
}

// isFlickrScript reports whether e is Flickr's embed script.
func isFlickrScript(e *Element) bool {
	return isScriptFrom(e, "client-code.js", "embedr.flickr.com")
}
