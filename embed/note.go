package embed

// note recognises note.com articles: <iframe class="note-embed"
// src="https://note.com/embed/notes/nKEY"> (note.mu before 2020) with
// note's embed.js after it. They become {{< notecom id height >}}; the
// name keeps clear of the "note" admonitions many themes ship.
type note struct{}

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
	seg := segments(u)
	if len(seg) != 3 || seg[0] != "embed" || seg[1] != "notes" || !isToken(seg[2]) {
		return Shortcode{Skip: "note iframe that shows no article"}, true
	}
	_, height := size(f)
	sc := Shortcode{Name: "notecom", Params: []Param{P("id", seg[2]), P("height", height)}}
	s.take(isNoteScript)
	return s.done(sc)
}

// isNoteScript reports whether e is note's embed.js, which sizes its
// iframes.
func isNoteScript(e *Element) bool {
	return isScriptFrom(e, "/scripts/embed.js", "note.com", "note.mu")
}
