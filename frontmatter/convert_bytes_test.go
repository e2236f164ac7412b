package frontmatter

import (
	"bytes"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/hugofmt/hugofmt/internal/diff"
)

// Byte-exact conversions: line ends, BOM, final newlines and what sits
// around the front matter, which txtar cannot hold.
func TestConvertBytes(t *testing.T) {
	tests := []struct {
		name string
		src  string
		to   Format
		want string
	}{
		{
			name: "crlf stays crlf everywhere",
			src:  "---\r\ntitle: x\r\ntext: |\r\n  a\r\n  b\r\ntags:\r\n  - a\r\n---\r\nbody\r\nmore\r\n",
			to:   TOML,
			want: "+++\r\ntitle = \"x\"\r\ntext = \"a\\nb\\n\"\r\ntags = [\"a\"]\r\n+++\r\nbody\r\nmore\r\n",
		},
		{
			name: "a control character TOML allows in a comment is spelled out in YAML",
			src:  "+++\n# a\u0086b\nx = 1 # c\u0087\n+++\n",
			to:   YAML,
			want: "---\n# a\\u0086b\nx: 1 # c\\u0087\n---\n",
		},
		{
			name: "U+FFFF, which YAML cannot hold raw, is escaped",
			src:  "+++\nx = \"a\\uFFFFb\"\n+++\n",
			to:   YAML,
			want: "---\nx: \"a\\uFFFFb\"\n---\n",
		},
		{
			name: "crlf to json",
			src:  "+++\r\ntitle = 'x'\r\n[params]\r\na = 1\r\n+++\r\nbody\r\n",
			to:   JSON,
			want: "{\r\n  \"title\": \"x\",\r\n  \"params\": {\r\n    \"a\": 1\r\n  }\r\n}\r\nbody\r\n",
		},
		{
			name: "crlf json to yaml",
			src:  "{\r\n  \"title\": \"x\",\r\n  \"text\": \"a\\nb\\n\"\r\n}\r\nbody\r\n",
			to:   YAML,
			want: "---\r\ntitle: x\r\ntext: |\r\n  a\r\n  b\r\n---\r\nbody\r\n",
		},
		{
			name: "bom kept",
			src:  "\ufeff---\ntitle: x\n---\nbody\n",
			to:   TOML,
			want: "\ufeff+++\ntitle = \"x\"\n+++\nbody\n",
		},
		{
			name: "no final newline",
			src:  "---\ntitle: x\n---",
			to:   JSON,
			want: "{\n  \"title\": \"x\"\n}",
		},
		{
			name: "one-line json without a line end before the body",
			src:  "{\"title\":\"x\"}body",
			to:   YAML,
			want: "---\ntitle: x\n---\nbody",
		},
		{
			name: "empty yaml",
			src:  "---\n---\nbody",
			to:   JSON,
			want: "{}\nbody",
		},
		{
			name: "leading blank lines kept",
			src:  "\n \n---\ntitle: x\n---\nbody\n",
			to:   TOML,
			want: "\n \n+++\ntitle = \"x\"\n+++\nbody\n",
		},
		{
			name: "commented-out front matter is content, as Hugo v0.160 has it",
			src:  "<!--\n---\ntitle: x\n---\n-->\nbody\n",
			to:   TOML,
			want: "<!--\n---\ntitle: x\n---\n-->\nbody\n",
		},
		{
			name: "no front matter stays none",
			src:  "\ufeff\n- a list, not YAML\n",
			to:   TOML,
			want: "\ufeff\n- a list, not YAML\n",
		},
		{
			name: "body with delimiters and blank lines kept",
			src:  "---\na: 1\n---\n\n---\n+++\n\t\n",
			to:   TOML,
			want: "+++\na = 1\n+++\n\n---\n+++\n\t\n",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := mustParse(t, tt.src)
			if _, err := d.SetFormat(tt.to); err != nil {
				t.Fatal(err)
			}
			got, err := d.Bytes()
			if err != nil {
				t.Fatal(err)
			}
			if string(got) != tt.want {
				t.Errorf("Bytes() differs (-want +got):\n%s\ngot %q", diff.Unified("want", "got", []byte(tt.want), got), got)
			}
			if d, err := meaningDiff([]byte(tt.src), got); err != nil || d != "" {
				t.Errorf("Hugo reads the output otherwise: %v %s", err, d)
			}
		})
	}
}

// Values that change form keep their meaning through A → B → A, and
// block scalars come back as blocks with no extra blank line.
func TestConvertRoundTrip(t *testing.T) {
	src := "---\n" +
		"title: \"A title that is long enough to tempt an emitter into folding it, but it must stay on one line\"\n" +
		"date: 2024-03-05T10:20:30+09:00\n" +
		"lastmod: 2024-03-05\n" +
		"literal: |\n  one\n  two\n" +
		"folded: >\n  one\n  two\n" +
		"strip: |-\n  x\n  y\n" +
		"tags: [a, b]\n" +
		"---\nbody\n"
	for _, via := range []Format{TOML, JSON} {
		out, err := convertTo([]byte(src), via)
		if err != nil {
			t.Fatal(err)
		}
		back, err := convertTo(out, YAML)
		if err != nil {
			t.Fatal(err)
		}
		if d, err := meaningDiff([]byte(src), back); err != nil || d != "" {
			t.Errorf("via %s: meaning changed: %v %s", via, err, d)
		}
		if via == TOML && !bytes.Contains(back, []byte("literal: |\n  one\n  two\nfolded: |\n  one two\nstrip: |-\n  x\n  y\n")) {
			t.Errorf("via %s: block scalars did not come back as blocks:\n%s", via, back)
		}
		if bytes.Contains(back, []byte("\n\n")) {
			t.Errorf("via %s: an extra blank line appeared:\n%s", via, back)
		}
	}
}

// Editing a YAML document keeps its anchors and aliases; leaving YAML
// expands them.
func TestAnchorsKeptInYAML(t *testing.T) {
	src := "---\nbase: &b\n  x: 1\nm:\n  <<: *b\n  y: 2\nlist: &l [a]\nalso: *l\n---\n"
	d := mustParse(t, src)
	m, _ := d.Meta()
	if got := m.Get("m").Map().Get("x"); got.Kind() != IntKind || got.Str() != "1" {
		t.Errorf("merged key x = %v %q, want int 1", got.Kind(), got.Str())
	}
	m.Get("m").Map().Set("y", NewInt(3))
	m.Set("also", m.Get("also")) // an equal value: no change
	out, err := d.Bytes()
	if err != nil {
		t.Fatal(err)
	}
	want := "---\nbase: &b\n  x: 1\nm:\n  <<: *b\n  y: 3\nlist: &l [a]\nalso: *l\n---\n"
	if string(out) != want {
		t.Errorf("Bytes() = %q, want %q", out, want)
	}
}

func TestSetFormatErrors(t *testing.T) {
	d := mustParse(t, "---\ntitle: x\nparams:\n  gone: ~\n---\n")
	_, err := d.SetFormat(TOML)
	var e *Error
	if !errors.As(err, &e) || !errors.Is(err, ErrNull) || e.Line != 4 || e.Col != 9 || !strings.Contains(e.Msg, "params.gone") {
		t.Fatalf("SetFormat(TOML) = %v, want ErrNull at 4:9 naming params.gone", err)
	}
	if out, _ := d.Bytes(); string(out) != "---\ntitle: x\nparams:\n  gone: ~\n---\n" {
		t.Errorf("a failed SetFormat changed the document: %q", out)
	}
	// A null set after a successful conversion fails in Bytes.
	if _, err := d.SetFormat(JSON); err != nil {
		t.Fatal(err)
	}
	m, _ := d.Meta()
	m.Set("inf", NewFloat(1/zero()))
	if _, err := d.Bytes(); !errors.Is(err, ErrNotFinite) {
		t.Errorf("Bytes() error = %v, want ErrNotFinite", err)
	}
	if _, err := d.SetFormat(Org); !errors.Is(err, ErrNoFormat) {
		t.Errorf("SetFormat(Org) error = %v, want ErrNoFormat", err)
	}
	org := mustParse(t, "#+TITLE: x\nbody\n")
	if _, err := org.Meta(); !errors.Is(err, ErrReadOnly) {
		t.Errorf("Org Meta() error = %v, want ErrReadOnly", err)
	}
}

func zero() float64 { return 0 }

// Bad front matter is an *Error at its place in the file, found quickly,
// never a panic or a stack overflow.
func TestMetaErrors(t *testing.T) {
	tests := []struct {
		name, src, want string
	}{
		{"yaml duplicate key", "---\ntitle: a\nx: 1\ntitle: b\n---\n", "4:1: duplicate key \"title\" (first at line 2)"},
		{"yaml nested duplicate key", "---\np:\n  a: 1\n  a: 2\n---\n", "4:3: duplicate key \"a\" (first at line 3)"},
		{"toml duplicate key", "+++\ntitle = 'a'\ntitle = 'b'\n+++\n", "3:1: duplicate key \"title\" (first at line 2)"},
		{"json duplicate key", "{\n\"a\": 1,\n\"a\": 2\n}\n", "3:1: duplicate key \"a\" (first at line 2)"},
		{"yaml syntax", "\n---\ntitle: [a\n---\n", "invalid YAML"},
		{"toml syntax", "+++\ntitle = \n+++\n", "2:"},
		{"json syntax", "{\"a\": tru}\n", "1:8: invalid JSON"},
		{"yaml not a map", "---\n- a\n---\n", "2:1: YAML front matter must be a map"},
		{"yaml tag", "---\na: !!binary aGk=\n---\n", "the YAML tag !!binary is not supported"},
		{"alias cycle", "---\nbase: &b\n  <<: *b\n  x: 1\n---\n", "3:7: alias *b refers to the value that holds it"},
		{"alias bomb", "---\n" + aliasBomb() + "---\n", "alias bomb"},
		{"deep yaml", "---\na: " + strings.Repeat("[", 10000) + strings.Repeat("]", 10000) + "\n---\n", ""},
		{"deep json", "{\"a\": " + strings.Repeat("[", 10000) + strings.Repeat("]", 10000) + "}\n", "nest"},
		{"deep toml", "+++\na = " + strings.Repeat("[", 10000) + strings.Repeat("]", 10000) + "\n+++\n", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			start := time.Now()
			d := mustParse(t, tt.src)
			_, err := d.Meta()
			var e *Error
			if !errors.As(err, &e) {
				t.Fatalf("Meta() error = %v (%T), want an *Error", err, err)
			}
			if !strings.Contains(err.Error(), tt.want) {
				t.Errorf("Meta() error = %q, want it to contain %q", err, tt.want)
			}
			if el := time.Since(start); el > 2*time.Second {
				t.Errorf("took %v", el)
			}
		})
	}
}

// aliasBomb is the "billion laughs" in YAML: nine levels of nine aliases.
func aliasBomb() string {
	var b strings.Builder
	b.WriteString("a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n")
	for c := 'b'; c <= 'i'; c++ {
		p := string(c - 1)
		b.WriteString(string(c) + ": &" + string(c) + " [" + strings.Repeat("*"+p+", ", 8) + "*" + p + "]\n")
	}
	return b.String()
}
