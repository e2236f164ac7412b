package embed

import (
	"net/url"
	"strings"
)

// Iframes returns the opt-in provider named "iframes": it turns any
// iframe with an http(s) source into the generic shortcode
// {{< iframe src width height title allow allowfullscreen loading referrerpolicy sandbox >}},
// carrying only those attributes, which are safe to render (sandbox can
// only take rights away). Scripts are never made generic, and neither is
// an iframe with inline content (srcdoc).
//
// What goes with the iframe goes with it: a bare wrapper around it (a
// <div> adding nothing but layout), and a line of links after it, a <p>
// holding only text and links, which becomes the shortcode's caption.
//
// It is not in Default(), since an iframe it knows nothing about may be
// one a site owner would rather drop. Add it last, so that the providers
// that know an iframe better have their say first, each on a wrapper
// around its iframe too (a provider of your own that knows iframes must
// take such wrappers itself, or Iframes takes them):
//
//	reg, err := embed.Default().With(embed.Iframes())
func Iframes() Provider { return iframes{} }

type iframes struct{ wrapped }

func (iframes) Name() string { return "iframes" }

func (iframes) Match(e *Embed) (Shortcode, bool) {
	s := spanOf(e)
	f, _ := s.frame(func(*url.URL) bool { return true })
	if f == nil || f.HasAttr("srcdoc") {
		return Shortcode{}, false
	}
	src := strings.TrimSpace(f.Attr("src")) // as written: http stays http
	if strings.HasPrefix(src, "//") {
		src = "https:" + src
	}
	var caption string
	if s.whole() {
		// Only after the iframe and its wrapper: a line of links inside
		// the wrapper may be the credit of an iframe that another
		// provider knows, which has its say on the wrapper's elements
		// one by one once this one declines the wrapper.
		caption = s.caption()
	}
	return s.done(Shortcode{Name: "iframe", Caption: caption, Params: []Param{
		Named("src", src),
		Named("width", length(f.Attr("width"))),
		Named("height", length(f.Attr("height"))),
		Named("title", f.Attr("title")),
		Named("allow", f.Attr("allow")),
		Named("allowfullscreen", flag(f.HasAttr("allowfullscreen"))),
		Named("loading", oneOf(strings.ToLower(f.Attr("loading")), "lazy", "eager")),
		Named("referrerpolicy", oneOf(strings.ToLower(f.Attr("referrerpolicy")),
			"no-referrer", "no-referrer-when-downgrade", "origin", "origin-when-cross-origin",
			"same-origin", "strict-origin", "strict-origin-when-cross-origin", "unsafe-url")),
		Named("sandbox", sandbox(f)),
	}})
}

// length returns a width or height worth keeping: a number of pixels
// ("560") or a percentage ("100%").
func length(v string) string {
	if pct, ok := strings.CutSuffix(strings.TrimSpace(v), "%"); ok && digits(strings.TrimSpace(pct)) != "" {
		return strings.TrimSpace(pct) + "%"
	}
	return pixels(v)
}

// sandbox returns the rights a sandboxed iframe keeps ("allow-scripts
// allow-popups"), "true" for a sandbox that keeps none (an empty
// attribute), or "" when f is not sandboxed.
func sandbox(f *Element) string {
	if !f.HasAttr("sandbox") {
		return ""
	}
	var rights []string
	for _, tok := range strings.Fields(strings.ToLower(f.Attr("sandbox"))) {
		if strings.HasPrefix(tok, "allow-") && isID(tok) {
			rights = append(rights, tok)
		}
	}
	if len(rights) == 0 {
		return "true"
	}
	return strings.Join(rights, " ")
}
