package embed

import "net/url"

// flickr recognises Flickr's embed: <a data-flickr-embed="true"
// href="https://www.flickr.com/photos/…" title><img src width height
// alt></a> with the embedr.flickr.com script after it. It becomes
// {{< flickr url src width height title alt header footer context >}}; the
// template shows the image itself, so the photo is there even when the
// script does not run.
type flickr struct{}

func (flickr) Name() string { return "flickr" }

// Tags returns the elements Rewrite hands flickr beside iframes, scripts
// and blockquotes: wrappers, and <a>, the link the embed is.
func (flickr) Tags() []string { return append(wrapperTags(), "a") }

// Markers returns what the start tag of an <a> must hold for Rewrite to
// hand it to flickr.
func (flickr) Markers() []string { return []string{"data-flickr-embed"} }

func (flickr) Match(e *Embed) (Shortcode, bool) {
	s := spanOf(e)
	if s.take(isFlickrScript) != nil {
		return stray("Flickr")
	}
	a := s.take(func(el *Element) bool { return el.Tag == "a" && el.HasAttr("data-flickr-embed") })
	if a == nil {
		return Shortcode{}, false
	}
	s.take(isFlickrScript)
	page, ok := parseURL(a.Attr("href"))
	img := a.Find(tagged("img"))
	var src *url.URL
	if img != nil {
		src, _ = parseURL(img.Attr("src"))
	}
	if !ok || !hostIs(page, "flickr.com", "flic.kr") || src == nil {
		return s.skip("Flickr embed without a photo page or an image")
	}
	width, height := size(img)
	sc := Shortcode{Name: "flickr", Params: []Param{
		Named("url", page.String()),
		Named("src", src.String()),
		Named("width", width),
		Named("height", height),
		Named("title", a.Attr("title")),
		Named("alt", img.Attr("alt")),
		Named("header", flag(a.Attr("data-header") == "true")),
		Named("footer", flag(a.Attr("data-footer") == "true")),
		Named("context", flag(a.Attr("data-context") == "true")),
	}}
	return s.done(sc)
}

// isFlickrScript reports whether e is Flickr's embed script.
func isFlickrScript(e *Element) bool {
	return isScriptFrom(e, "client-code.js", "embedr.flickr.com")
}
