package embed

import (
	"net/url"
	"strings"
)

// docswell recognises Docswell slide decks: the embed button's
// <script class="docswell-embed" data-src=".../slide/ID/embed" data-aspect>
// and the iframe form (www.docswell.com/slide/ID/embed), each with the
// <div class="docswell-link"> after it, whose link (the deck's page and
// title) is kept. They become {{< docswell id ratio page title url >}}.
type docswell struct{ wrapped }

func (docswell) Name() string { return "docswell" }

func (docswell) Match(e *Embed) (Shortcode, bool) {
	s := spanOf(e)
	var (
		u      *url.URL
		aspect string // width/height
	)
	if js := s.take(func(el *Element) bool { return el.Tag == "script" && el.HasClass("docswell-embed") }); js != nil {
		u, _ = parseURL(js.Attr("data-src"))
		aspect = ratio("1", js.Attr("data-aspect")) // data-aspect is height/width
	} else if f, fu := s.frame(on("docswell.com")); f != nil {
		u, aspect = fu, docswellRatio(f)
	} else {
		return Shortcode{}, false
	}
	link := s.take(func(el *Element) bool { return el.HasClass("docswell-link") })
	id := docswellSlide(u)
	if id == "" {
		return s.skip("Docswell embed without a slide deck in its URL")
	}
	sc := Shortcode{Name: "docswell", Params: []Param{
		Named("id", id),
		Named("ratio", aspect),
		Named("page", digits(strings.TrimPrefix(u.Fragment, "p"))),
	}}
	if link != nil {
		if a := link.Find(tagged("a")); a != nil {
			sc.Params = append(sc.Params, Named("title", a.Text()), Named("url", a.Attr("href")))
		}
	}
	return s.done(sc)
}

// docswellSlide returns the id of the deck a Docswell embed URL
// (www.docswell.com/slide/ID/embed) shows, or "".
func docswellSlide(u *url.URL) string {
	if u == nil || !hostIs(u, "docswell.com") {
		return ""
	}
	seg := pathParts(u)
	if len(seg) < 2 || seg[0] != "slide" || !isID(seg[1]) {
		return ""
	}
	return seg[1]
}

// docswellRatio returns the width/height ratio of a Docswell iframe, from
// its CSS aspect-ratio ("620/349") or its size.
func docswellRatio(f *Element) string {
	if r := cssRatio(f.Attr("style")); r != "" {
		return r
	}
	return ratio(size(f))
}
