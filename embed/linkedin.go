package embed

import "strings"

// linkedin recognises LinkedIn posts in an iframe,
// www.linkedin.com/embed/feed/update/urn:li:share:ID (or ugcPost,
// activity). They become {{< linkedin urn height width collapsed title >}}.
type linkedin struct{ wrapped }

func (linkedin) Name() string { return "linkedin" }

func (linkedin) Match(e *Embed) (Shortcode, bool) {
	s := spanOf(e)
	f, u := s.frame(on("linkedin.com"))
	if f == nil {
		return Shortcode{}, false
	}
	urn, ok := strings.CutPrefix(u.Path, "/embed/feed/update/")
	if !ok || !isLinkedinURN(urn) {
		return s.skip("LinkedIn iframe that shows no post")
	}
	width, height := size(f)
	return s.done(Shortcode{Name: "linkedin", Params: []Param{
		Named("urn", urn),
		Named("height", height),
		Named("width", width),
		Named("collapsed", flag(u.Query().Get("collapsed") == "1")),
		Named("title", f.Attr("title")),
	}})
}

// isLinkedinURN reports whether urn names a post: urn:li:KIND:ID, the id
// being a number.
func isLinkedinURN(urn string) bool {
	parts := strings.Split(urn, ":")
	return len(parts) == 4 && parts[0] == "urn" && parts[1] == "li" && isID(parts[2]) && digits(parts[3]) != ""
}
