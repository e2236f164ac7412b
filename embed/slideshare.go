package embed

import (
	"strings"
)

// slideShare converts SlideShare embeds to the slideshare shortcode hugofmt
// ships (templates/slideshare.html):
//
//	<iframe src="//www.slideshare.net/slideshow/embed_code/key/KEY" …></iframe>
//	<div style="margin-bottom:5px"><strong><a href="//www.slideshare.net/user/slug" title="Title">Title</a></strong>
//	  from <strong><a href="//www.slideshare.net/user">Author</a></strong></div>
//
// becomes {{< slideshare key="KEY" title="Title" url="https://www.slideshare.net/user/slug"
// author="Author" authorurl="https://www.slideshare.net/user" >}}: the credit
// line SlideShare adds after the iframe is kept as parameters, which the
// template shows under the slides. A numeric embed_code/N address gives
// id="N" instead of key, and ?startSlide=N gives slide="N". The old Flash
// embed, a <div id="__ss_N"> wrapping an <object>, a title link and a
// "View more presentations from" line, gives id="N" with the same credit.
// A credit line with no slides before it is left, and reported. A bare
// wrapper around the iframe and its credit goes with them.
type slideShare struct{ wrapped }

func (slideShare) Name() string { return "slideshare" }

func (slideShare) Match(e *Embed) (Shortcode, bool) {
	if id, ok := strings.CutPrefix(e.Attr("id"), "__ss_"); e.Tag == "div" && ok && isDigits(id) {
		return slideShareShortcode("id", id, "", slideShareCredit(e.Element)), true
	}
	s := spanOf(e)
	if sc, ok := s.read(slideShareIframe); ok {
		if div := s.take(isSlideShareCredit); div != nil && sc.Skip == "" {
			sc.Params = append(sc.Params, creditParams(slideShareCredit(div))...)
		}
		return s.finish(sc)
	}
	if isSlideShareCredit(e.Element) {
		return Shortcode{Skip: "SlideShare credit line with no slides before it"}, true
	}
	return Shortcode{}, false
}

// slideShareIframe reads a SlideShare iframe.
func slideShareIframe(el *Element) (Shortcode, bool) {
	u, ok := el.srcOn("slideshare.net")
	if el.Tag != "iframe" || !ok {
		return Shortcode{}, false
	}
	parts := pathParts(u)
	if len(parts) < 3 || parts[0] != "slideshow" || parts[1] != "embed_code" {
		return Shortcode{Skip: "SlideShare iframe without an embed_code address"}, true
	}
	switch {
	case len(parts) == 4 && parts[2] == "key" && isID(parts[3]):
		return slideShareShortcode("key", parts[3], u.Query().Get("startSlide"), nil), true
	case len(parts) == 3 && isDigits(parts[2]):
		return slideShareShortcode("id", parts[2], u.Query().Get("startSlide"), nil), true
	}
	return Shortcode{Skip: "SlideShare iframe with an unknown embed_code address"}, true
}

// isSlideShareCredit reports whether e is the credit line SlideShare puts
// after its iframe: a <div> linking to SlideShare.
func isSlideShareCredit(e *Element) bool { return e.Tag == "div" && slideShareCredit(e) != nil }

// slideShareCredit reads a SlideShare credit line (or the links of an old
// wrapper): the presentation's title and address, then its author's name
// and address. It returns nil when el holds no link to SlideShare.
func slideShareCredit(el *Element) []string {
	var links []*Element
	for _, a := range el.FindAll("a") {
		if u, ok := urlOn(a.Attr("href"), "slideshare.net"); ok && len(pathParts(u)) > 0 {
			links = append(links, a)
		}
	}
	if len(links) == 0 {
		return nil
	}
	title := links[0].Text()
	if title == "" {
		title = links[0].Attr("title")
	}
	credit := []string{title, absURL(links[0].Attr("href")), "", ""}
	if len(links) > 1 {
		author := links[len(links)-1]
		credit[2], credit[3] = author.Text(), absURL(author.Attr("href"))
	}
	return credit
}

func slideShareShortcode(kind, id, slide string, credit []string) Shortcode {
	if !isDigits(slide) {
		slide = ""
	}
	params := []Param{Named(kind, id), Named("slide", slide)}
	return Shortcode{Name: "slideshare", Params: append(params, creditParams(credit)...)}
}

// creditParams returns the parameters of a credit line read by
// slideShareCredit, none for a nil one.
func creditParams(credit []string) []Param {
	if credit == nil {
		return nil
	}
	return []Param{Named("title", credit[0]), Named("url", credit[1]), Named("author", credit[2]), Named("authorurl", credit[3])}
}

// absURL returns href as an https URL, or "" when it has no host.
func absURL(href string) string {
	if u, ok := parseURL(href); ok {
		return u.String()
	}
	return ""
}
