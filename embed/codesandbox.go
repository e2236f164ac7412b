package embed

import "strings"

// codesandbox recognises CodeSandbox iframes: codesandbox.io/embed/ID and
// the newer codesandbox.io/p/KIND/ID?embed=1 (KIND being sandbox, devbox
// or github). They become {{< codesandbox id kind options title height >}},
// options holding the player's query (view, module, theme, fontsize …).
type codesandbox struct{ wrapped }

func (codesandbox) Name() string { return "codesandbox" }

func (codesandbox) Match(e *Embed) (Shortcode, bool) {
	s := spanOf(e)
	f, u := s.frame(on("codesandbox.io"))
	if f == nil {
		return Shortcode{}, false
	}
	var kind, id string
	switch seg := pathParts(u); {
	case len(seg) >= 2 && seg[0] == "embed":
		id = strings.Join(seg[1:], "/")
	case len(seg) >= 3 && seg[0] == "p":
		kind, id = seg[1], strings.Join(seg[2:], "/")
	default:
		return s.skip("CodeSandbox iframe without a sandbox in its URL")
	}
	q := u.Query()
	q.Del("embed") // the template asks for the embedded view itself
	_, height := size(f)
	return s.done(Shortcode{Name: "codesandbox", Params: []Param{
		Named("id", id),
		Named("kind", kind),
		Named("options", q.Encode()),
		Named("title", f.Attr("title")),
		Named("height", height),
	}})
}
