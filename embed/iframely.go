package embed

import "net/url"

// iframely recognises iframely embeds: <div class="iframely-embed"><div
// class="iframely-responsive" style="…"><a href="URL"
// data-iframely-url="//cdn.iframe.ly/…"></a></div></div> (or an iframe in
// place of the link) with the embed.js of cdn.iframe.ly or iframely.net
// after it. They become {{< iframely url src title ratio height >}}: the
// page shown, the iframely URL that shows it, the link's text, and the
// card's shape.
type iframely struct{ wrapped }

func (iframely) Name() string { return "iframely" }

func (iframely) Match(e *Embed) (Shortcode, bool) {
	s := spanOf(e)
	if s.take(isIframelyScript) != nil {
		return stray("iframely")
	}
	el, src := s.takeURL(iframelyURL, isIframelyHost)
	if el == nil {
		return Shortcode{}, false
	}
	page := el.Attr("href")
	if page == "" {
		page = src.Query().Get("url") // an iframe, or a link without a target
	}
	sc := Shortcode{Name: "iframely", Params: []Param{
		Named("url", page),
		Named("src", src.String()),
		Named("title", firstOf(el.Text(), el.Attr("title"))),
	}}
	if box := el.Parent; box != nil && box.HasClass("iframely-responsive") {
		sc.Params = append(sc.Params, iframelyShape(box.Attr("style"))...)
	}
	s.take(isIframelyScript)
	return s.done(sc)
}

// iframelyURL names the attribute that holds an iframely embed's URL: the
// data-iframely-url of its link, the src of an iframe.
func iframelyURL(e *Element) string {
	switch {
	case e.Tag == "a" && e.HasAttr("data-iframely-url"):
		return "data-iframely-url"
	case e.Tag == "iframe":
		return "src"
	}
	return ""
}

// iframelyShape reads the shape of an iframely-responsive box: a ratio
// from its padding-bottom percentage, or a fixed height.
func iframelyShape(style string) []Param {
	if r := paddingRatio(cssValue(style, "padding-bottom")); r != "" {
		return []Param{Named("ratio", r)}
	}
	return []Param{Named("height", pixels(cssValue(style, "height")))}
}

// isIframelyHost reports whether u is served by iframely.
func isIframelyHost(u *url.URL) bool {
	return hostIs(u, "iframe.ly", "iframely.net", "iframely.com", "if-cdn.com")
}

// isIframelyScript reports whether e is iframely's embed.js.
func isIframelyScript(e *Element) bool {
	return isScriptFrom(e, "embed.js", "iframe.ly", "iframely.net", "iframely.com", "if-cdn.com")
}
