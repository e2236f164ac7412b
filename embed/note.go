package embed

// note recognises note.com articles: <iframe class="note-embed"
// src="https://note.com/embed/notes/nKEY"> (note.mu before 2020) with
// note's embed.js after it. They become {{< notecom id height >}}; the
// name keeps clear of the "note" admonitions many themes ship.
type note struct{ wrapped }

func (note) Name() string { return "note" }

func (note) Match(e *Embed) (Shortcode, bool) {
	s := spanOf(e)
	if s.take(isNoteScript) != nil {
		return stray("note")
	}
	f, u := s.frame(on("note.com", "note.mu"))
	if f == nil {
		return Shortcode{}, false
	}
	s.take(isNoteScript)
	seg := pathParts(u)
	if len(seg) != 3 || seg[0] != "embed" || seg[1] != "notes" || !isID(seg[2]) {
		return s.skip("note iframe that shows no article")
	}
	_, height := size(f)
	return s.done(Shortcode{Name: "notecom", Params: []Param{Named("id", seg[2]), Named("height", height)}})
}

// isNoteScript reports whether e is note's embed.js, which sizes its
// iframes.
func isNoteScript(e *Element) bool {
	return isScriptFrom(e, "/scripts/embed.js", "note.com", "note.mu")
}
