package embed

import (
	"bytes"
	"testing"

	"github.com/hugofmt/hugofmt/internal/scaling"
)

// TestRewriteScales holds Rewrite to linear time on bodies that repeat one
// unit: shapes that made it quadratic once (a misread unit dropped per
// pass, with the body scanned again each time; a search from every start
// tag to its ">"), and the shapes real bodies repeat.
func TestRewriteScales(t *testing.T) {
	reg := Default()
	cases := []struct {
		name, unit string
	}{
		{"fence then iframe", "```\ncode\n```\n<iframe src=\"https://www.youtube.com/embed/abcdefghijk\"></iframe>\n"},
		{"open fence then iframe", "```\n<iframe src=\"https://www.youtube.com/embed/abcdefghijk\"></iframe>\n"},
		{"iframes then a fence", "<iframe src=\"https://www.youtube.com/embed/abcdefghijk\"></iframe>\n```\n"},
		{"unclosed iframes", "<iframe src=\"https://example.com/x\">\n"},
		{"unclosed iframes on a line", "<iframe src=\"https://www.youtube.com/embed/abcdefghijk\"> "},
		{"start tags without >", "<a data \n"},
		{"marked start tags without >", "<a data-flickr-embed \n"},
		{"embeds in a paragraph", "text <iframe src=\"https://www.youtube.com/embed/abcdefghijk\"></iframe> "},
		{"embeds, blank lines between", "<iframe src=\"https://www.youtube.com/embed/abcdefghijk\"></iframe>\n\n"},
		{"adjacent scripts", "<script async class=\"speakerdeck-embed\" data-id=\"0123456789abcdef0123456789abcdef\" src=\"//speakerdeck.com/assets/embed.js\"></script>\n"},
		{"tweets", "<blockquote class=\"twitter-tweet\"><p>Hello</p>&mdash; A (@a) <a href=\"https://twitter.com/a/status/1234567890\">May 1, 2020</a></blockquote>\n<script async src=\"https://platform.twitter.com/widgets.js\"></script>\n\n"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			scaling.Check(t, c.name, 100, func(n int) []byte { return bytes.Repeat([]byte(c.unit), n) },
				func(body []byte) { reg.Rewrite(body) })
		})
	}
}

// TestIndexLower holds indexLower to a search of every offset.
func TestIndexLower(t *testing.T) {
	for _, b := range []string{"", "d", "D", "data-x", "xDATA-X", "dat", "ddata-", "dAtA-", "a data- b DATA-", ">", "x>y", "abc"} {
		for _, s := range []string{"data-", ">", "d", "abc"} {
			want := -1
			for k := 0; k+len(s) <= len(b); k++ {
				if lowerEquals([]byte(b[k:k+len(s)]), s) {
					want = k
					break
				}
			}
			if got := indexLower([]byte(b), s); got != want {
				t.Errorf("indexLower(%q, %q) = %d, want %d", b, s, got, want)
			}
		}
	}
}
