package frontmatter

import (
	"strings"
	"testing"
)

// Syntax errors are reported at the line that holds the problem (or, for
// a construct left open, the line where it opens), in file coordinates.
func TestSyntaxErrorPositions(t *testing.T) {
	tests := []struct {
		name, src, want string
	}{
		{"yaml flow sequence left open", "---\ntitle: x\ndate: 2020-01-01\ntags: [a\nfoo: bar\n---\n", "4:1: invalid YAML: did not find expected ',' or ']'"},
		{"yaml mapping value in a scalar", "---\ntitle: x\nbad: a: b\n---\n", "3:1: invalid YAML: mapping values are not allowed in this context"},
		{"yaml missing key", "\n---\na: 1\n  b: 2\n---\n", "4:1: invalid YAML:"},
		{"toml bad value", "+++\ntitle = \"x\"\ndate = 2020-01-01\ntags = [a\n+++\n", "4:9: invalid TOML:"},
		{"toml bad key", "+++\ntitle = \"x\"\n= 1\n+++\n", "3:1: invalid TOML:"},
		{"json", "{\n\"title\": \"x\",\n\"a\": 1,\n\"b\": ]\n}\n", "4:6: invalid JSON:"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := Parse([]byte(tt.src))
			if err == nil {
				_, err = d.Meta()
			}
			if err == nil || !strings.HasPrefix(err.Error(), tt.want) {
				t.Errorf("error = %v, want one starting %q", err, tt.want)
			}
		})
	}
}

// A lone "\r" ends a line for the YAML and TOML parsers but not in
// path:line:col, which counts "\n" only, as editors of such files and
// the rest of hugofmt do: positions of keys and errors follow the file.
func TestPositionsWithLoneCR(t *testing.T) {
	tests := []struct {
		name, src string
		key       string
		line, col int
	}{
		{"yaml", "---\r\r\rtitle: x\ndraft: true\n---\n", "draft", 2, 1},
		{"yaml on the CR line", "---\ntitle: x\rdraft: true\n---\n", "draft", 2, 10},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := Parse([]byte(tt.src))
			if err != nil {
				t.Fatal(err)
			}
			m, err := d.Meta()
			if err != nil {
				t.Fatal(err)
			}
			if line, col := m.KeyPos(tt.key); line != tt.line || col != tt.col {
				t.Errorf("%s at %d:%d, want %d:%d", tt.key, line, col, tt.line, tt.col)
			}
		})
	}
	// TOML refuses a lone "\r", and says where, in the file's lines.
	d, err := Parse([]byte("+++\ntitle = 'x'\rdraft = true\n+++\n"))
	if err == nil {
		_, err = d.Meta()
	}
	if want := "2:12: invalid TOML:"; err == nil || !strings.HasPrefix(err.Error(), want) {
		t.Errorf("TOML with a lone CR: error %v, want one starting %q", err, want)
	}
}
