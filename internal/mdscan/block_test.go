package mdscan

import (
	"fmt"
	"strings"
	"testing"
)

// describe renders what Scan says of each line: its block's kind, "-" for
// none.
func describe(d *Doc) string {
	var words []string
	for _, l := range d.Lines() {
		if l.Block < 0 {
			words = append(words, "-")
			continue
		}
		b := d.Blocks()[l.Block]
		w := map[Kind]string{Paragraph: "p", Heading: "h", ThematicBreak: "hr",
			FencedCode: "fence", IndentedCode: "code", HTMLBlock: "html"}[b.Kind]
		if b.Kind == HTMLBlock {
			w += fmt.Sprint(b.HTMLType)
		}
		words = append(words, w)
	}
	return strings.Join(words, " ")
}

var blockCases = []struct {
	name, src, want string
}{
	{"paragraphs", "a\nb\n\nc\n", "p p - p"},
	{"fence", "```go\n<iframe>\n```\nafter\n", "fence fence fence p"},
	{"tilde fence unclosed", "~~~\n<script>\n\nx\n", "fence fence fence fence"},
	{"backtick info with backtick is not a fence", "``` a`b\ntext\n", "p p"},
	{"indented code", "text\n\n    <iframe>\n\n    more\n\nafter\n", "p - code code code - p"},
	{"indented code cannot interrupt a paragraph", "text\n    <iframe>\n", "p p"},
	{"html type 1", "<script async src=x></script>\nnext\n", "html1 p"},
	{"html type 1 over lines", "<script>\n\nvar a;\n</script>\ntext\n", "html1 html1 html1 html1 p"},
	{"html type 2 comment", "<!-- <iframe>\n\nstill -->\nafter\n", "html2 html2 html2 p"},
	{"html type 6 until blank", "<iframe src=a></iframe>\ntext\n\nnext\n", "html6 html6 - p"},
	{"html type 6 interrupts a paragraph", "text\n<div>\n", "p html6"},
	{"html type 7 does not interrupt", "text\n<span>\n", "p p"},
	{"html type 7 alone", "<span class=\"a\">\ntext\n", "html7 html7"},
	{"tab after tag name", "<div\tclass=x>\n", "html6"},
	{"object line is a paragraph", "<object data=x><embed src=y></object>\n", "p"},
	{"block quote", "> <iframe></iframe>\n> text\n", "html6 html6"},
	{"lazy continuation", "> a\nb\n", "p p"},
	{"list item", "- <iframe></iframe>\n- b\n", "html6 p"},
	{"list item code", "- a\n\n      code\n", "p - code"},
	{"fence in list item", "1. a\n   ```\n   <x>\n   ```\n", "p fence fence fence"},
	{"setext", "Title\n---\n", "h h"},
	{"thematic", "***\n- - -\n", "hr hr"},
	{"atx", "# <b>x</b>\n", "h"},
	{"footnote keeps indented text", "[^1]: note\n\n    more\n", "p - p"},
	{"definition list", "Term\n: <iframe></iframe>\n", "p html6"},
	{"shortcode is one line", "{{< highlight html >}}\n<iframe>\n{{< /highlight >}}\n", "p"},
	{"escaped shortcode is text", "```\n{{</* x */>}}\n```\n", "fence fence fence"},
	{"crlf", "<div>\r\n\r\ntext\r\n", "html6 - p"},
	{"empty list item then blank", "-\n\n  code?\n", "- - p"},
}

func TestScanBlocks(t *testing.T) {
	for _, tt := range blockCases {
		t.Run(tt.name, func(t *testing.T) {
			d := Scan([]byte(tt.src))
			if got := describe(d); got != tt.want {
				t.Errorf("Scan(%q) = %s, want %s", tt.src, got, tt.want)
			}
			if diffs := disagreements(d); len(diffs) > 0 {
				t.Errorf("Scan(%q) differs from goldmark:\n%s", tt.src, strings.Join(diffs, "\n"))
			}
		})
	}
}

func TestIndent(t *testing.T) {
	for _, c := range []struct {
		space string
		want  int
	}{{"", 0}, {"   ", 3}, {"    ", 4}, {"\t", 4}, {"  \t", 4}, {"\t ", 5}, {" \t\t", 8}} {
		if got := Indent([]byte(c.space)); got != c.want {
			t.Errorf("Indent(%q) = %d, want %d", c.space, got, c.want)
		}
	}
}
