package convert

import (
	"testing"

	"github.com/hugofmt/hugofmt/embed"
)

// TestEmbedsPositions checks that positions found in the body are turned
// into positions in the file, also when the body starts in the middle of
// a line (after JSON front matter) and after a BOM and CRLF line ends.
func TestEmbedsPositions(t *testing.T) {
	const deck = `<script async class="speakerdeck-embed" data-id="0123456789abcdef0123456789abcdef" src="//speakerdeck.com/assets/embed.js"></script>`
	tests := []struct {
		name      string
		src       string
		line, col int
	}{
		{"no front matter", "\n\n" + deck + "\n", 3, 1},
		{"body on the line of the JSON", `{"title": "x"} ` + deck + "\n", 1, 16},
		{"bom and crlf", "\ufeff---\r\ntitle: x\r\n---\r\n\r\n" + deck + "\r\n", 5, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, rep, err := Bytes(Embeds(embed.Default()), []byte(tt.src))
			if err != nil {
				t.Fatal(err)
			}
			if len(rep.Embeds) != 1 || !rep.Embeds[0].Converted {
				t.Fatalf("embeds %+v, want one converted", rep.Embeds)
			}
			if e := rep.Embeds[0]; e.Line != tt.line || e.Col != tt.col {
				t.Errorf("embed at %d:%d, want %d:%d", e.Line, e.Col, tt.line, tt.col)
			}
		})
	}
}

// TestEmbedsLeadingShortcode checks the front matter added before a
// shortcode that would start a file: after the BOM, with the file's line
// ends, only when needed.
func TestEmbedsLeadingShortcode(t *testing.T) {
	const deck = `<script async class="speakerdeck-embed" data-id="0123456789abcdef0123456789abcdef" src="//speakerdeck.com/assets/embed.js"></script>`
	const sc = `{{< speakerdeck id="0123456789abcdef0123456789abcdef" >}}`
	tests := []struct{ name, src, want string }{
		{"bom and crlf", "\ufeff" + deck + "\r\n\r\nText.\r\n", "\ufeff---\r\n---\r\n" + sc + "\r\n\r\nText.\r\n"},
		{"not first", "Text.\n\n" + deck + "\n", "Text.\n\n" + sc + "\n"},
		{"front matter already", "---\n---\n" + deck + "\n", "---\n---\n" + sc + "\n"},
		{"json front matter", "{}\n" + deck + "\n", "{}\n" + sc + "\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, rep, err := Bytes(Embeds(embed.Default()), []byte(tt.src))
			if err != nil {
				t.Fatal(err)
			}
			if string(out) != tt.want {
				t.Errorf("got  %q\nwant %q", out, tt.want)
			}
			added := len(rep.Changes) == 1 && rep.Changes[0].Rule == "embeds"
			if added != (tt.name == "bom and crlf") {
				t.Errorf("changes %+v", rep.Changes)
			}
			if again, _, err := Bytes(Embeds(embed.Default()), out); err != nil || string(again) != string(out) {
				t.Errorf("not idempotent: %q, %v", again, err)
			}
		})
	}
}
