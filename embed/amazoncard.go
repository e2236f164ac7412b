package embed

import (
	"net/url"
	"slices"
	"strings"
)

// amazonCard recognises the Amazon product cards of Hatena Blog (and of
// the blogs it exported to): <div class="hatena-asin-detail"> with the
// product's image, title and details, each linked to Amazon. They become
// {{< amazoncard asin tag store title image details >}}, a card that keeps
// what the original said about the product.
type amazonCard struct{ wrapped }

func (amazonCard) Name() string { return "amazoncard" }

func (amazonCard) Match(e *Embed) (Shortcode, bool) {
	s := spanOf(e)
	card := s.take(func(el *Element) bool { return el.HasClass("hatena-asin-detail") })
	if card == nil {
		return Shortcode{}, false
	}
	var asin, tag, store string
	if a := card.Find(tagged("a")); a != nil {
		if u, ok := parseURL(a.Attr("href")); ok {
			asin, tag, store = amazonProduct(u)
		}
	}
	if asin == "" {
		return s.skip("Hatena product card that links to no Amazon product")
	}
	var title, image string
	if img := card.Find(tagged("img")); img != nil {
		if u, ok := parseURL(img.Attr("src")); ok {
			image = u.String()
		}
		title = img.Attr("alt")
	}
	if p := card.Find(func(el *Element) bool { return el.HasClass("hatena-asin-detail-title") }); p != nil {
		title = firstOf(p.Text(), title)
	}
	var details []string
	for _, li := range card.FindAll("li") {
		if t := li.Text(); t != "" {
			details = append(details, t)
		}
	}
	return s.done(Shortcode{Name: "amazoncard", Params: []Param{
		Named("asin", asin),
		Named("tag", tag),
		Named("store", store),
		Named("title", title),
		Named("image", image),
		Named("details", strings.Join(details, " / ")),
	}})
}

// amazonProduct reads a link to a product on an Amazon shop (/dp/ASIN,
// /TITLE/dp/ASIN, /gp/product/ASIN, /exec/obidos/ASIN/ASIN/TAG,
// /o/ASIN/ASIN/TAG), with its tracking tag from the query or, in the
// old forms, the path. It returns three empty strings for anything else.
func amazonProduct(u *url.URL) (asin, tag, store string) {
	store = amazonShop(u.Hostname())
	if store == "" {
		return "", "", ""
	}
	seg := pathParts(u)
	i := slices.IndexFunc(seg, func(s string) bool { return s == "dp" || s == "product" || s == "ASIN" })
	if i < 0 || i+1 >= len(seg) || len(seg[i+1]) != 10 || !isID(seg[i+1]) {
		return "", "", ""
	}
	asin = seg[i+1]
	if seg[i] == "ASIN" && i+2 < len(seg) {
		tag = seg[i+2]
	}
	return asin, firstOf(u.Query().Get("tag"), tag), store
}
