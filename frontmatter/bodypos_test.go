package frontmatter

import (
	"strings"
	"testing"
)

// bodyPos returns the line and column of the first occurrence of s in b,
// as a transform reading b would report it.
func bodyPos(t *testing.T, b []byte, s string) (line, col int) {
	t.Helper()
	i := strings.Index(string(b), s)
	if i < 0 {
		t.Fatalf("%q not in %q", s, b)
	}
	return position(b, i)
}

func TestBodyPosition(t *testing.T) {
	src := "\ufeff---\r\ntitle: x\r\n---\r\nintro {% raw %}\r\n{% raw %}\r\nline\r\n{% endraw %}\r\n\r\n<iframe src=x></iframe>\r\n"
	d, err := Parse([]byte(src))
	if err != nil {
		t.Fatal(err)
	}
	fileLine, fileCol := position([]byte(src), strings.Index(src, "<iframe"))

	// Untouched, the body starts at line 4, column 1.
	if l, c := d.BodyPosition(1, 7); l != 4 || c != 7 {
		t.Errorf("1:7 of the body is %d:%d in the file, want 4:7", l, c)
	}
	if l, c := d.BodyPosition(bodyPos(t, d.Body(), "<iframe")); l != fileLine || c != fileCol {
		t.Errorf("the iframe is at %d:%d, want %d:%d", l, c, fileLine, fileCol)
	}

	// Lines removed above it: the iframe's position in the new body
	// still leads to the file.
	d.SetBody([]byte(strings.NewReplacer("{% raw %}\r\n", "", "{% endraw %}\r\n", "").Replace(string(d.Body()))))
	bl, bc := bodyPos(t, d.Body(), "<iframe")
	if bl >= fileLine-3 {
		t.Fatalf("the test removes no line above the iframe: body %q", d.Body())
	}
	if l, c := d.BodyPosition(bl, bc); l != fileLine || c != fileCol {
		t.Errorf("after SetBody, the iframe at %d:%d of the body is %d:%d in the file, want %d:%d", bl, bc, l, c, fileLine, fileCol)
	}

	// And again, after a second SetBody that adds lines and changes the
	// iframe's own line.
	d.SetBody([]byte("```\r\ncode\r\n```\r\n" + strings.Replace(string(d.Body()), "<iframe src=x></iframe>", "{{< x >}} <iframe src=x></iframe>", 1)))
	if l, c := d.BodyPosition(bodyPos(t, d.Body(), "<iframe")); l != fileLine || c != fileCol {
		t.Errorf("after two SetBody, the iframe is at %d:%d, want %d:%d", l, c, fileLine, fileCol)
	}
	// What SetBody wrote maps to where the text it replaced began.
	if l, c := d.BodyPosition(bodyPos(t, d.Body(), "{{< x")); l != fileLine || c != fileCol {
		t.Errorf("the shortcode written before the iframe is at %d:%d, want %d:%d", l, c, fileLine, fileCol)
	}
	if l, c := d.BodyPosition(1, 1); l != 4 || c != 1 {
		t.Errorf("the code block written at the start is at %d:%d, want 4:1", l, c)
	}
	// Past the end of a line, or of the body, in a replaced body.
	if l, c := d.BodyPosition(2, 99); l != 4 || c < 1 {
		t.Errorf("2:99 is %d:%d, want a position on line 4", l, c)
	}
	if l, _ := d.BodyPosition(99, 1); l != strings.Count(src, "\n")+1 {
		t.Errorf("99:1 is on line %d, want the end of the file", l)
	}
}

// TestBodyPositionNoFrontMatter checks a file that is all body.
func TestBodyPositionNoFrontMatter(t *testing.T) {
	d, err := Parse([]byte("\n\nhello <b>\n"))
	if err != nil {
		t.Fatal(err)
	}
	if l, c := d.BodyPosition(3, 7); l != 3 || c != 7 {
		t.Errorf("3:7 is %d:%d in the file, want 3:7", l, c)
	}
	d.SetBody([]byte("hello <b>\n"))
	if l, c := d.BodyPosition(1, 7); l != 3 || c != 7 {
		t.Errorf("after SetBody, 1:7 is %d:%d in the file, want 3:7", l, c)
	}
}
