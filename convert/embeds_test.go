package convert

import (
	"errors"
	"strings"
	"testing"

	"github.com/hugofmt/hugofmt/embed"
	"github.com/hugofmt/hugofmt/frontmatter"
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

// badProvider returns a shortcode Hugo cannot read for every iframe.
type badProvider struct{}

func (badProvider) Name() string { return "bad" }
func (badProvider) Match(e *embed.Embed) (embed.Shortcode, bool) {
	return embed.Shortcode{Name: "has space"}, e.Tag == "iframe"
}

// TestEmbedsProviderError checks that a provider's bad shortcode fails the
// file with a *frontmatter.Error at the embed's place in the file (not in
// the body), wrapping the *embed.Error.
func TestEmbedsProviderError(t *testing.T) {
	reg, err := embed.NewRegistry(badProvider{})
	if err != nil {
		t.Fatal(err)
	}
	src := "---\ntitle: x\n---\nText.\n\n  <iframe src=\"https://example.com/v\"></iframe>\n"
	out, _, err := Bytes(Embeds(reg), []byte(src))
	var fe *frontmatter.Error
	var ee *embed.Error
	if out != nil || !errors.As(err, &fe) || !errors.As(err, &ee) {
		t.Fatalf("Bytes = %q, %#v; want a *frontmatter.Error wrapping an *embed.Error", out, err)
	}
	if fe.Line != 6 || fe.Col != 3 || ee.Provider != "bad" || !strings.HasPrefix(fe.Msg, `embed: provider "bad" returned a shortcode named`) {
		t.Errorf("error %q at %d:%d (provider %q), want 6:3 and the provider's name", fe.Msg, fe.Line, fe.Col, ee.Provider)
	}
}
