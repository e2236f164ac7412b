package embed

import "strings"

// jsbin recognises JS Bin embeds: the embed button's <a class="jsbin-embed"
// href="https://jsbin.com/ID/[VERSION/]embed?PANELS">TITLE</a> with
// JS Bin's embed script after it, and the iframe form with the same URL.
// Both become {{< jsbin id version panels title height >}}; the template
// renders the iframe the script would make.
type jsbin struct{}

func (jsbin) Name() string { return "jsbin" }

// Tags returns the elements Rewrite hands jsbin beside iframes, scripts
// and blockquotes: wrappers, and <a>, the link of the embed button.
func (jsbin) Tags() []string { return append(wrapperTags(), "a") }

// Markers returns what the start tag of an <a> must hold for Rewrite to
// hand it to jsbin.
func (jsbin) Markers() []string { return []string{"jsbin-embed"} }

func (jsbin) Match(e *Embed) (Shortcode, bool) {
	s := spanOf(e)
	if s.take(isJSBinScript) != nil {
		return stray("JS Bin")
	}
	el, u := s.takeURL(jsbinURL, on("jsbin.com"))
	if el == nil {
		return Shortcode{}, false
	}
	s.take(isJSBinScript)
	seg := pathParts(u)
	if n := len(seg); n < 2 || n > 3 || seg[n-1] != "embed" || !isID(seg[0]) {
		return s.skip("JS Bin " + el.Tag + " without a bin in its URL")
	}
	var version string
	if len(seg) == 3 {
		version = seg[1]
	}
	_, height := size(el)
	sc := Shortcode{Name: "jsbin", Params: []Param{
		Named("id", seg[0]),
		Named("version", version),
		Named("panels", jsbinPanels(u.RawQuery)),
		Named("title", firstOf(el.Attr("title"), el.Text())),
		Named("height", height),
	}}
	return s.done(sc)
}

// jsbinURL names the attribute that holds a JS Bin embed's URL: the href
// of the embed button's link, the src of an iframe.
func jsbinURL(e *Element) string {
	switch {
	case e.Tag == "a" && e.HasClass("jsbin-embed"):
		return "href"
	case e.Tag == "iframe":
		return "src"
	}
	return ""
}

// jsbinPanels returns the panels a JS Bin URL's query names ("html,js,output"),
// or "" when it names other things.
func jsbinPanels(query string) string {
	for p := range strings.SplitSeq(query, ",") {
		switch p {
		case "html", "css", "js", "console", "output", "live":
		default:
			return ""
		}
	}
	return query
}

// isJSBinScript reports whether e is JS Bin's embed script.
func isJSBinScript(e *Element) bool {
	return isScriptFrom(e, "/js/embed", "jsbin.com")
}
