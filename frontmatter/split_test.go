package frontmatter

import (
	"errors"
	"slices"
	"strings"
	"testing"
)

// Byte-exact split cases. raw is what Hugo hands its decoder, body what it
// renders; both follow Hugo's page lexer (parser/pageparser).
func TestParseSplit(t *testing.T) {
	tests := []struct {
		name   string
		src    string
		format Format
		raw    string
		body   string
		warn   string // substring of the only warning, if any
		err    string // substring of the error, if any
	}{
		{name: "yaml", src: "---\ntitle: x\n---\nbody\n", format: YAML, raw: "title: x\n", body: "body\n"},
		{name: "toml", src: "+++\ntitle = 'x'\n+++\nbody\n", format: TOML, raw: "title = 'x'\n", body: "body\n"},
		{name: "json", src: "{\n\"title\": \"x\"\n}\nbody\n", format: JSON, raw: "{\n\"title\": \"x\"\n}", body: "body\n"},
		{name: "json one line no blank line", src: `{"title":"x"}body`, format: JSON, raw: `{"title":"x"}`, body: "body"},
		{name: "json braces in strings", src: "{\"a\": \"}{\\\"}\", \"b\": {\"c\": 1}}\r\nbody", format: JSON, raw: "{\"a\": \"}{\\\"}\", \"b\": {\"c\": 1}}", body: "body"},
		{name: "org", src: "#+TITLE: x\n#+DATE: 2020-01-01\nbody\n", format: Org, raw: "#+TITLE: x\n#+DATE: 2020-01-01\n", body: "body\n"},
		{name: "heading is not org", src: "# Title\nbody\n", format: None, body: "# Title\nbody\n"},
		{name: "empty yaml", src: "---\n---\nbody", format: YAML, raw: "", body: "body"},
		{name: "empty file", src: "", format: None, body: ""},
		{name: "no front matter", src: "\n\nJust text.\n", format: None, body: "\n\nJust text.\n"},
		{name: "crlf", src: "---\r\ntitle: x\r\n---\r\nbody\r\n", format: YAML, raw: "title: x\r\n", body: "body\r\n"},
		{name: "bom", src: "\ufeff---\ntitle: x\n---\nbody\n", format: YAML, raw: "title: x\n", body: "body\n"},
		{name: "leading blank lines", src: "\n \t\n---\ntitle: x\n---\nbody\n", format: YAML, raw: "title: x\n", body: "body\n"},
		{name: "no final newline", src: "---\ntitle: x\n---", format: YAML, raw: "title: x\n", body: ""},
		{name: "closing delimiter with trailing spaces", src: "---\ntitle: x\n---  \nbody\n", format: YAML, raw: "title: x\n", body: "  \nbody\n"},
		{name: "opening delimiter with trailing spaces", src: "---  \ntitle: x\n---\nbody\n", format: YAML, raw: "  \ntitle: x\n", body: "body\n"},
		{name: "indented delimiter inside block scalar", src: "---\ntext: |\n  a\n  ---\n  b\n---\nbody\n", format: YAML, raw: "text: |\n  a\n  ---\n  b\n", body: "body\n"},
		{name: "closing line with text", src: "---\ntitle: x\n---more\nbody\n", format: YAML, raw: "title: x\n", body: "more\nbody\n", warn: "closes the YAML front matter"},
		{name: "text after opening delimiter", src: "--- # c\ntitle: x\n---\n", format: YAML, raw: " # c\ntitle: x\n", body: "", warn: "after the opening YAML delimiter"},
		{name: "toml delimiter inside multi-line string", src: "+++\ns = \"\"\"\n+++\n\"\"\"\n+++\nbody\n", format: TOML, raw: "s = \"\"\"\n", body: "\"\"\"\n+++\nbody\n", warn: "inside a multi-line string"},
		{name: "list item without front matter", src: "- item\n", format: None, body: "- item\n", warn: "broken YAML delimiter"},
		{name: "plus without front matter", src: "+1 to this\n", format: None, body: "+1 to this\n", warn: "broken TOML delimiter"},
		{name: "front matter in html comment is content", src: "<!--\n---\ntitle: x\n---\n-->\nbody\n", format: None, body: "<!--\n---\ntitle: x\n---\n-->\nbody\n"},
		{name: "long dash opener", src: "------\ntitle: six\n------\nbody", format: YAML, raw: "---\ntitle: six\n", body: "---\nbody", warn: "after the opening YAML delimiter"},
		{name: "delimiter right after an opener without line end", src: "---x---\ny: 1\n---\n", format: YAML, raw: "x---\ny: 1\n", body: "", warn: "after the opening YAML delimiter"},
		{name: "html comment without front matter", src: "<!-- note -->\nbody\n", format: None, body: "<!-- note -->\nbody\n"},
		{name: "html document", src: "<html><body>x</body></html>", format: None, body: "<html><body>x</body></html>"},
		{name: "unclosed yaml", src: "\n---\ntitle: x\nbody\n", err: "2:1: YAML front matter opened here is never closed"},
		{name: "unclosed toml", src: "+++\ntitle = 1\n", err: "1:1: TOML front matter opened here is never closed"},
		{name: "unclosed json", src: "{\"title\": \"x\"\nbody\n", err: "1:1: JSON front matter opened here is never closed"},
		{name: "only a delimiter", src: "---", err: "never closed"},
		{name: "lone cr line ends", src: "---\rtitle: x\r---\rbody", format: YAML, raw: "title: x\r", body: "body"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := Parse([]byte(tt.src))
			if tt.err != "" {
				if err == nil || !strings.Contains(err.Error(), tt.err) {
					t.Fatalf("Parse() error = %v, want one containing %q", err, tt.err)
				}
				return
			}
			if err != nil {
				t.Fatalf("Parse() error = %v", err)
			}
			if d.Format() != tt.format {
				t.Errorf("Format() = %q, want %q", d.Format(), tt.format)
			}
			if got := string(d.Raw()); got != tt.raw {
				t.Errorf("Raw() = %q, want %q", got, tt.raw)
			}
			if got := string(d.Body()); got != tt.body {
				t.Errorf("Body() = %q, want %q", got, tt.body)
			}
			switch w := d.Warnings(); {
			case tt.warn == "" && len(w) > 0:
				t.Errorf("unexpected warnings %v", w)
			case tt.warn != "" && !slices.ContainsFunc(w, func(w Warning) bool { return strings.Contains(w.Msg, tt.warn) }):
				t.Errorf("Warnings() = %v, want one containing %q", w, tt.warn)
			}
			out, err := d.Bytes()
			if err != nil || string(out) != tt.src {
				t.Errorf("Bytes() = %q, %v; want the source back", out, err)
			}
		})
	}
}

func TestSetBodyKeepsHead(t *testing.T) {
	src := "\ufeff---\r\ntitle: x\r\n---\r\nold\r\n"
	d, err := Parse([]byte(src))
	if err != nil {
		t.Fatal(err)
	}
	d.SetBody([]byte("old\r\n"))
	if d.Changed() {
		t.Error("SetBody with the same body marked the document changed")
	}
	d.SetBody([]byte("new\r\n"))
	out, _ := d.Bytes()
	if want := "\ufeff---\r\ntitle: x\r\n---\r\nnew\r\n"; string(out) != want {
		t.Errorf("Bytes() = %q, want %q", out, want)
	}
}

func TestErrorPosition(t *testing.T) {
	_, err := Parse([]byte("\n\n  +++\ntitle = 1\n"))
	e, ok := err.(*Error)
	if !ok {
		t.Fatalf("error %T %v, want *Error", err, err)
	}
	e.Path = "content/post.md"
	if got, want := e.Error(), "content/post.md:3:3: TOML front matter opened here is never closed: no line starts with \"+++\""; got != want {
		t.Errorf("Error() = %q, want %q", got, want)
	}
}

func TestParseFormat(t *testing.T) {
	for _, f := range []Format{YAML, TOML, JSON} {
		if got, err := ParseFormat(string(f)); got != f || err != nil {
			t.Errorf("ParseFormat(%q) = %q, %v", f, got, err)
		}
	}
	for _, name := range []string{"", "org", "YAML", "yml", "xml"} {
		got, err := ParseFormat(name)
		if got != None || !errors.Is(err, ErrNoFormat) || !strings.Contains(err.Error(), "yaml, toml and json") {
			t.Errorf("ParseFormat(%q) = %q, %v; want an error naming the formats", name, got, err)
		}
	}
}
