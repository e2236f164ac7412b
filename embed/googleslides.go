package embed

import "strings"

// googleSlides recognises Google Slides presentations in an iframe:
// docs.google.com/presentation/d/[e/]ID/embed?start&loop&delayms, the
// /preview and /pub forms, and the old /presentation/embed?id=ID. They
// become {{< googleslides id start loop delayms ratio >}}, where id keeps
// the "e/" of a published presentation.
type googleSlides struct{ wrapped }

func (googleSlides) Name() string { return "googleslides" }

func (googleSlides) Match(e *Embed) (Shortcode, bool) {
	s := spanOf(e)
	f, u := s.frame(on("docs.google.com"))
	if f == nil {
		return Shortcode{}, false
	}
	kind, id := googleDoc(pathParts(u))
	if kind != "presentation" {
		return Shortcode{}, false
	}
	q := u.Query()
	if id == "" {
		id = q.Get("id")
	}
	if !isID(strings.TrimPrefix(id, "e/")) {
		return s.skip("Google Slides iframe without a presentation id")
	}
	return s.done(Shortcode{Name: "googleslides", Params: []Param{
		Named("id", id),
		Named("start", flag(q.Get("start") == "true")),
		Named("loop", flag(q.Get("loop") == "true")),
		Named("delayms", digits(q.Get("delayms"))),
		Named("ratio", ratio(size(f))),
	}})
}
