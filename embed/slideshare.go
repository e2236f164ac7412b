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
// A credit line with no slides before it is left, and reported.
type slideShare struct{}

func (slideShare) Name() string { return "slideshare" }

// Tags asks for divs: the old wrapper, and stray credit lines.
func (slideShare) Tags() []string { return []string{"div"} }

func (slideShare) Match(e *Embed) (Shortcode, bool) {
	switch e.Tag {
	case "iframe":
		return slideShareIframe(e)
	case "div":
		if id, ok := strings.CutPrefix(e.Attr("id"), "__ss_"); ok && isDigits(id) {
			return slideShareShortcode("id", id, "", slideShareCredit(e.Element)), true
		}
		if slideShareCredit(e.Element) != nil {
			return Shortcode{Skip: "SlideShare credit line with no slides before it"}, true
		}
	}
	return Shortcode{}, false
}

func slideShareIframe(e *Embed) (Shortcode, bool) {
	u, ok := e.srcOn("slideshare.net")
	if !ok {
		return Shortcode{}, false
	}
	parts := pathParts(u)
	if len(parts) < 3 || parts[0] != "slideshow" || parts[1] != "embed_code" {
		return Shortcode{Skip: "SlideShare iframe without an embed_code address"}, true
	}
	var kind, id string
	switch {
	case len(parts) == 4 && parts[2] == "key" && isID(parts[3]):
		kind, id = "key", parts[3]
	case len(parts) == 3 && isDigits(parts[2]):
		kind, id = "id", parts[2]
	default:
		return Shortcode{Skip: "SlideShare iframe with an unknown embed_code address"}, true
	}
	var credit []string
	consumed := 0
	if len(e.Next) > 0 && e.Next[0].Tag == "div" {
		if credit = slideShareCredit(e.Next[0]); credit != nil {
			consumed = 1
		}
	}
	sc := slideShareShortcode(kind, id, u.Query().Get("startSlide"), credit)
	sc.Consumed = consumed
	return sc, true
}

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
	params := []Param{P(kind, id), P("slide", slide)}
	if credit != nil {
		params = append(params, P("title", credit[0]), P("url", credit[1]), P("author", credit[2]), P("authorurl", credit[3]))
	}
	return Shortcode{Name: "slideshare", Params: params}
}

// absURL returns href as an https URL, or "" when it has no host.
func absURL(href string) string {
	if u, ok := parseURL(href); ok {
		return u.String()
	}
	return ""
}
