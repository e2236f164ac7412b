package embed

import "testing"

func TestNote(t *testing.T) { testMatch(t, note{}, noteTests) }

var noteTests = []matchTest{{
	name:     "embed button",
	html:     `<iframe class="note-embed" src="https://note.com/embed/notes/n3e17e24dd31c" style="border: 0; display: block; max-width: 99%; width: 494px; padding: 0px; margin: 10px 0px; position: static; visibility: visible;" height="400"></iframe><script async src="https://note.com/scripts/embed.js" charset="utf-8"></script>`,
	want:     `{{< notecom id="n3e17e24dd31c" height="400" >}}`,
	consumed: 1,
}, {
	name: "note.mu, no script",
	html: `<iframe class="note-embed" src="https://note.mu/embed/notes/n062f7019e8b7" height="200"></iframe>`,
	want: `{{< notecom id="n062f7019e8b7" height="200" >}}`,
}, {
	name: "stray script",
	html: `<script async src="https://note.com/scripts/embed.js" charset="utf-8"></script>`,
	want: "skip: stray note script",
}, {
	name: "no article",
	html: `<iframe src="https://note.com/embed/magazines/m123"></iframe>`,
	want: "skip: shows no article",
}}
