package embed

import (
	"net/url"
	"strings"
)

// hatena recognises Hatena blog cards: <iframe class="embed-card …"
// src="//hatenablog-parts.com/embed?url=…" title="…"> followed by
// <cite class="hatena-citation"><a href>SITE</a></cite>, on their own or in
// the <p> Hatena Blog's export puts around them. They become
// {{< hatenacard url title site height >}}: the card's target, its title
// (the iframe's title, or the link it holds for readers without frames),
// and the citation's site name when there was one.
type hatena struct{ wrapped }

func (hatena) Name() string { return "hatena" }

func (hatena) Match(e *Embed) (Shortcode, bool) {
	s := spanOf(e)
	f, u := s.frame(func(u *url.URL) bool { return hostIs(u, "hatenablog-parts.com") && u.Path == "/embed" })
	if f == nil {
		return Shortcode{}, false
	}
	cite := s.take(isHatenaCitation)
	target := u.Query().Get("url")
	if _, ok := parseURL(target); !ok {
		return s.skip("Hatena blog card without an http(s) URL to show")
	}
	title := f.Attr("title")
	if a := f.Find(tagged("a")); title == "" && a != nil {
		title = a.Text()
	}
	_, height := size(f)
	sc := Shortcode{Name: "hatenacard", Params: []Param{
		Named("url", strings.TrimSpace(target)),
		Named("title", title),
		Named("height", height),
	}}
	if cite != nil {
		sc.Params = append(sc.Params, Named("site", cite.Text()))
	}
	return s.done(sc)
}

// isHatenaCitation reports whether e is the citation Hatena puts after a
// card: <cite class="hatena-citation"><a href>SITE</a></cite>.
func isHatenaCitation(e *Element) bool { return e.Tag == "cite" && e.HasClass("hatena-citation") }
