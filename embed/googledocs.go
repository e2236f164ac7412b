package embed

// googleDocs recognises published Google Docs, Sheets and Forms in an
// iframe (docs.google.com/document/d/e/…/pub?embedded=true,
// /spreadsheets/d/e/…/pubhtml?widget=true, /forms/d/e/…/viewform?embedded=true)
// and makes them {{< googledocs src width height >}}: the URL is kept
// whole, since each kind of document takes its own options. Slides have
// their own provider, googleSlides.
type googleDocs struct{ wrapped }

func (googleDocs) Name() string { return "googledocs" }

func (googleDocs) Match(e *Embed) (Shortcode, bool) {
	s := spanOf(e)
	f, u := s.frame(on("docs.google.com"))
	if f == nil {
		return Shortcode{}, false
	}
	switch kind, _ := googleDoc(pathParts(u)); kind {
	case "document", "spreadsheets", "forms", "drawings":
	default:
		return Shortcode{}, false
	}
	width, height := size(f)
	return s.done(Shortcode{Name: "googledocs", Params: []Param{
		Named("src", u.String()),
		Named("width", width),
		Named("height", height),
		Named("title", f.Attr("title")),
	}})
}

// googleDoc reads the path of a docs.google.com URL: the kind of document
// ("document", "presentation", "spreadsheets", "forms" …) and its id, which
// for a published document keeps its "e/" prefix ("e/2PACX-…"). The id is
// "" when the path holds none. Paths may start with a Workspace domain
// (/a/DOMAIN/…) and hold a user index (…/u/0/…).
func googleDoc(seg []string) (kind, id string) {
	if len(seg) >= 2 && seg[0] == "a" {
		seg = seg[2:]
	}
	if len(seg) == 0 {
		return "", ""
	}
	kind, seg = seg[0], seg[1:]
	if len(seg) >= 2 && seg[0] == "u" {
		seg = seg[2:]
	}
	if len(seg) < 2 || seg[0] != "d" {
		return kind, ""
	}
	if seg[1] == "e" && len(seg) >= 3 {
		return kind, "e/" + seg[2]
	}
	return kind, seg[1]
}
