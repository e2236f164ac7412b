package embed

import "net/url"

// canva recognises Canva designs in an iframe,
// www.canva.com/design/ID/[KEY/]view?embed (watch for videos), in the
// responsive <div> Canva's embed code wraps it in, with the link to the
// design Canva puts after it (<a href>TITLE</a>), whose title is kept.
// They become {{< canva id key kind ratio title >}}.
type canva struct{ wrapped }

func (canva) Name() string { return "canva" }

func (canva) Match(e *Embed) (Shortcode, bool) {
	s := spanOf(e)
	f, u := s.frame(on("canva.com"))
	if f == nil {
		return Shortcode{}, false
	}
	id, key, kind := canvaDesign(u)
	if id == "" {
		return s.skip("Canva iframe that shows no design")
	}
	sc := Shortcode{Name: "canva", Params: []Param{
		Named("id", id),
		Named("key", key),
		Named("kind", kind),
		Named("ratio", canvaRatio(e.Element, f)),
	}}
	link := s.take(func(el *Element) bool {
		u, ok := parseURL(el.Attr("href"))
		if !ok || el.Tag != "a" || !hostIs(u, "canva.com") {
			return false
		}
		linked, _, _ := canvaDesign(u)
		return linked == id
	})
	if link != nil {
		sc.Params = append(sc.Params, Named("title", link.Text()))
	}
	return s.done(sc)
}

// canvaDesign reads a design URL: /design/ID/[KEY/](view|watch). The kind
// is "" for view, the default, and "watch" for a video.
func canvaDesign(u *url.URL) (id, key, kind string) {
	seg := pathParts(u)
	if len(seg) < 3 || len(seg) > 4 || seg[0] != "design" || !isID(seg[1]) {
		return "", "", ""
	}
	switch last := seg[len(seg)-1]; last {
	case "view":
	case "watch":
		kind = last
	default:
		return "", "", ""
	}
	if len(seg) == 4 {
		if !isID(seg[2]) {
			return "", "", ""
		}
		key = seg[2]
	}
	return seg[1], key, kind
}

// canvaRatio returns the width/height ratio of a Canva design: the
// percentage padding of the wrapper Canva's embed code puts around the
// iframe, or the iframe's own size.
func canvaRatio(wrapper, f *Element) string {
	if wrapper != f {
		if r := paddingRatio(cssValue(wrapper.Attr("style"), "padding-top")); r != "" {
			return r
		}
	}
	return ratio(size(f))
}
