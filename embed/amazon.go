package embed

import (
	"net/url"
	"strings"
)

// amazon recognises Amazon Associates product iframes: the rcm ads
// (rcm-fe.amazon-adsystem.com/e/cm?t=TAG&o=N&asins=ASIN, and the older
// rcm-jp.amazon.co.jp, rcm.amazon.com …) and the SiteStripe product links
// (ws-fe.amazon-adsystem.com/widgets/q?ad_type=product_link&tracking_id=TAG&asins=ASIN).
// They become {{< amazon asin tag store width height >}}, store naming the
// Amazon store ("jp", "us", "uk" …) the ad sells from.
type amazon struct{ wrapped }

func (amazon) Name() string { return "amazon" }

func (amazon) Match(e *Embed) (Shortcode, bool) {
	s := spanOf(e)
	f, u := s.frame(isAmazonAd)
	if f == nil {
		return Shortcode{}, false
	}
	q := u.Query()
	var asin, tag, store string
	if strings.HasPrefix(u.Path, "/widgets/") {
		asin, tag = q.Get("asins"), q.Get("tracking_id")
		store = amazonRegion(firstOf(q.Get("region"), q.Get("MarketPlace")))
	} else {
		asin, tag = q.Get("asins"), q.Get("t")
		store = amazonStore(q.Get("o"), u.Hostname())
	}
	switch {
	case !isID(asin):
		return s.skip("Amazon ad for no single product (a banner or a search widget)")
	case store == "":
		return s.skip("Amazon ad from a store hugofmt does not know")
	}
	width, height := size(f)
	return s.done(Shortcode{Name: "amazon", Params: []Param{
		Named("asin", asin),
		Named("tag", tag),
		Named("store", store),
		Named("width", width),
		Named("height", height),
	}})
}

// isAmazonAd reports whether u serves an Amazon Associates ad.
func isAmazonAd(u *url.URL) bool {
	switch {
	case hostIs(u, "amazon-adsystem.com"):
		return u.Path == "/e/cm" || u.Path == "/widgets/q"
	case strings.HasPrefix(u.Hostname(), "rcm"): // rcm-jp.amazon.co.jp, rcm.amazon.com …
		return u.Path == "/e/cm" && amazonShop(u.Hostname()) != ""
	}
	return false
}

// amazonShops returns the stores the amazon templates know, by the domain
// of their shop.
func amazonShops() map[string]string {
	return map[string]string{
		"amazon.com": "us", "amazon.ca": "ca", "amazon.co.uk": "uk", "amazon.de": "de",
		"amazon.fr": "fr", "amazon.it": "it", "amazon.es": "es", "amazon.co.jp": "jp",
	}
}

// amazonShop names the store whose domain host is on (www.amazon.co.jp,
// rcm-jp.amazon.co.jp), or returns "".
func amazonShop(host string) string {
	for domain, store := range amazonShops() {
		if host == domain || strings.HasSuffix(host, "."+domain) {
			return store
		}
	}
	return ""
}

// amazonStore names the store of an rcm ad from its "o" parameter (the
// numbers Amazon gives its stores) or, without one, from its host; it
// returns "" for a store it does not know.
func amazonStore(o, host string) string {
	switch o {
	case "":
		if strings.HasPrefix(host, "rcm-fe.") { // the Far East ads server: Japan's
			return "jp"
		}
		return amazonShop(host)
	case "1":
		return "us"
	case "2":
		return "uk"
	case "3":
		return "de"
	case "8":
		return "fr"
	case "9":
		return "jp"
	case "15":
		return "ca"
	case "29":
		return "it"
	case "30":
		return "es"
	}
	return ""
}

// amazonRegion names the store of a product-link widget from its region
// ("JP", "US", "GB" …); it returns "" for a store it does not know.
func amazonRegion(region string) string {
	store := strings.ToLower(region)
	if store == "gb" {
		store = "uk"
	}
	for _, known := range amazonShops() {
		if store == known {
			return store
		}
	}
	return ""
}
