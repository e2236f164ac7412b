package embed

import (
	"net/url"
	"strings"
)

// googleMaps recognises Google Maps in an iframe: the share button's
// google.com/maps/embed?pb=…, My Maps (google.com/maps/d/embed?mid=…), the
// Maps Embed API (google.com/maps/embed/v1/…) and the old
// maps.google.TLD/maps?…&output=embed, with the "View larger map" link the
// old button put after it (<br><small><a>…</a></small>), kept as
// parameters. They become {{< googlemaps src width height link linktext >}}:
// the URL is kept whole, as its parameters are opaque.
type googleMaps struct{ wrapped }

func (googleMaps) Name() string { return "googlemaps" }

func (googleMaps) Match(e *Embed) (Shortcode, bool) {
	s := spanOf(e)
	f, u := s.frame(isGoogleMapsEmbed)
	if f == nil {
		return Shortcode{}, false
	}
	width, height := size(f)
	sc := Shortcode{Name: "googlemaps", Params: []Param{
		Named("src", u.String()),
		Named("width", width),
		Named("height", height),
		Named("title", f.Attr("title")),
	}}
	larger := s.takeRun(tagged("br"), isGoogleMapsLink)
	if larger == nil {
		larger = s.takeRun(isGoogleMapsLink)
	}
	if larger != nil {
		a := larger[len(larger)-1].Find(tagged("a"))
		sc.Params = append(sc.Params, Named("link", a.Attr("href")), Named("linktext", a.Text()))
	}
	return s.done(sc)
}

// isGoogleMapsEmbed reports whether u is one of the URLs Google Maps
// serves embedded maps from.
func isGoogleMapsEmbed(u *url.URL) bool {
	if !isGoogleHost(u.Hostname()) {
		return false
	}
	p := strings.TrimSuffix(u.Path, "/")
	switch {
	case p == "/maps/embed", strings.HasPrefix(p, "/maps/embed/v1/"):
		return true
	case strings.HasPrefix(p, "/maps/d/") && strings.HasSuffix(p, "/embed"):
		return true // My Maps: /maps/d/embed, /maps/d/u/0/embed
	case p == "/maps" || p == "/maps/ms":
		return u.Query().Get("output") == "embed"
	}
	return false
}

// isGoogleMapsLink matches the "View larger map" line of the old embed
// button: a <small> holding one link to Google Maps.
func isGoogleMapsLink(e *Element) bool {
	if e.Tag != "small" || len(e.Children) != 1 || e.Children[0].Tag != "a" {
		return false
	}
	u, ok := parseURL(e.Children[0].Attr("href"))
	return ok && isGoogleHost(u.Hostname()) && strings.HasPrefix(u.Path, "/maps")
}

// isGoogleHost reports whether host is one of Google's: google.com,
// www.google.co.jp, maps.google.de and the like.
func isGoogleHost(host string) bool {
	host = strings.TrimPrefix(host, "www.")
	host = strings.TrimPrefix(host, "maps.")
	tld, ok := strings.CutPrefix(host, "google.")
	if !ok || tld == "" || len(tld) > 6 {
		return false
	}
	for _, r := range tld {
		if r != '.' && (r < 'a' || r > 'z') {
			return false
		}
	}
	return true
}
