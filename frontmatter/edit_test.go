package frontmatter

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/hugofmt/hugofmt/internal/diff"
)

// Edits in the document's own format rewrite only the entries they touch.
// Byte-exact cases, so a Go table.
func TestEditSameFormat(t *testing.T) {
	tests := []struct {
		name string
		src  string
		edit func(m *Map)
		want string
	}{
		{
			name: "set keeps every other byte",
			src:  "---\n# about\ntitle:   'Old'   # keep me\ndate: 2024-03-05\n\n# tags below\ntags: [a, b]\n---\nbody\n",
			edit: func(m *Map) { m.Set("date", NewLocalDate(time.Date(2025, 1, 2, 0, 0, 0, 0, time.UTC))) },
			want: "---\n# about\ntitle:   'Old'   # keep me\ndate: 2025-01-02\n\n# tags below\ntags: [a, b]\n---\nbody\n",
		},
		{
			name: "a new string keeps the old quoting and the line comment",
			src:  "---\ntitle: 'Old' # c\ndraft: true\n---\n",
			edit: func(m *Map) { m.Set("title", NewString("It's new")) },
			want: "---\ntitle: 'It''s new' # c\ndraft: true\n---\n",
		},
		{
			name: "setting an equal value written alike changes nothing",
			src:  "---\ndraft:   true\ntags: [a, b]\n---\n",
			edit: func(m *Map) { m.Set("draft", NewBool(true)); m.Set("tags", NewList(NewString("a"), NewString("b"))) },
			want: "---\ndraft:   true\ntags: [a, b]\n---\n",
		},
		{
			name: "setting an equal value written otherwise rewrites it",
			src:  "---\ndraft:   true\ncount: 0x10\n---\n",
			edit: func(m *Map) { m.Set("count", NewInt(16)) },
			want: "---\ndraft:   true\ncount: 16\n---\n",
		},
		{
			name: "a zero offset stays numeric unless the time is in UTC",
			src:  "---\na: 2019-05-04 10:00:00 +0000\nb: 2019-05-04 10:00:00 +0000\n---\n",
			edit: func(m *Map) {
				m.Set("a", NewDatetime(time.Date(2019, 5, 4, 10, 0, 0, 0, time.FixedZone("", 0))))
				m.Set("b", NewDatetime(time.Date(2019, 5, 4, 10, 0, 0, 0, time.UTC)))
			},
			want: "---\na: 2019-05-04T10:00:00+00:00\nb: 2019-05-04T10:00:00Z\n---\n",
		},
		{
			name: "the document end marker stays when the last entry changes",
			src:  "---\ntitle: x\ndate: May 4, 2019\n... # end\n---\nbody\n",
			edit: func(m *Map) { m.Set("date", NewLocalDate(time.Date(2019, 5, 4, 0, 0, 0, 0, time.UTC))) },
			want: "---\ntitle: x\ndate: 2019-05-04\n... # end\n---\nbody\n",
		},
		{
			name: "rename changes only the key",
			src:  "---\nlastMod:    2024-03-05   # when\nx: 1\n---\n",
			edit: func(m *Map) { _ = m.Rename("lastMod", "lastmod") },
			want: "---\nlastmod:    2024-03-05   # when\nx: 1\n---\n",
		},
		{
			name: "delete keeps the comment above",
			src:  "---\na: 1\n\n# about b\nb: 2\nc: 3\n---\n",
			edit: func(m *Map) { m.Delete("b") },
			want: "---\na: 1\n\n# about b\nc: 3\n---\n",
		},
		{
			name: "new key goes after the last, before trailing comments",
			src:  "---\na: 1\n# the end\n---\n",
			edit: func(m *Map) { m.Set("draft", NewBool(false)) },
			want: "---\na: 1\ndraft: false\n# the end\n---\n",
		},
		{
			name: "reorder moves entries with their comments",
			src:  "---\ndate: 2024-03-05\n# the title\ntitle: x\ntags:\n- a\n---\n",
			edit: func(m *Map) { m.Reorder([]string{"title"}) },
			want: "---\n# the title\ntitle: x\ndate: 2024-03-05\ntags:\n- a\n---\n",
		},
		{
			name: "nested edit re-renders its entry in the file's indentation",
			src:  "---\nparams:\n    author: x # who\n    list:\n    - 1\nother: {a: 1}\n---\n",
			edit: func(m *Map) { m.Get("params").Map().Set("author", NewString("y")) },
			want: "---\nparams:\n    author: y # who\n    list:\n    - 1\nother: {a: 1}\n---\n",
		},
		{
			name: "keep-chomped block keeps its blank lines",
			src:  "---\ntext: |+\n  a\n\nnext: 1\n---\n",
			edit: func(m *Map) { m.Set("next", NewInt(2)) },
			want: "---\ntext: |+\n  a\n\nnext: 2\n---\n",
		},
		{
			name: "crlf stays crlf",
			src:  "\ufeff---\r\ntitle: x\r\ntags:\r\n  - a\r\n---\r\nbody\r\n",
			edit: func(m *Map) { m.Set("tags", NewList(NewString("a"), NewString("b"))) },
			want: "\ufeff---\r\ntitle: x\r\ntags:\r\n  - a\r\n  - b\r\n---\r\nbody\r\n",
		},
		{
			name: "toml scalar goes before the first table",
			src:  "+++\ntitle = 'x' # t\n\n[params]\na = 1\n+++\nbody\n",
			edit: func(m *Map) { m.Set("weight", NewInt(1)) },
			want: "+++\ntitle = 'x' # t\nweight = 1\n\n[params]\na = 1\n+++\nbody\n",
		},
		{
			name: "toml table edit",
			src:  "+++\ntitle = 'x'\n\n# params\n[params]\na = 1 # one\n\n[params.sub]\nb = 2\n\n[other]\nc = 3\n+++\n",
			edit: func(m *Map) { m.Get("params").Map().Set("a", NewInt(5)) },
			want: "+++\ntitle = 'x'\n\n# params\n[params]\na = 5 # one\n\n[params.sub]\nb = 2\n\n[other]\nc = 3\n+++\n",
		},
		{
			name: "a control character TOML allows stays raw in a re-rendered comment",
			src:  "+++\n[params]\na = 1 # c\u0086\n+++\n",
			edit: func(m *Map) { m.Get("params").Map().Set("a", NewInt(5)) },
			want: "+++\n[params]\na = 5 # c\u0086\n+++\n",
		},
		{
			name: "toml rename a table",
			src:  "+++\n[Params]\na = 1\n[Params.x]\nb = 1\n+++\n",
			edit: func(m *Map) { _ = m.Rename("Params", "params") },
			want: "+++\n[params]\na = 1\n[params.x]\nb = 1\n+++\n",
		},
		{
			name: "json member edit keeps the layout",
			src:  "{\n  \"title\": \"x\",\n  \"n\": 1234567890123456789,\n  \"tags\": [\"a\"]\n}\nbody\n",
			edit: func(m *Map) { m.Set("title", NewString("<b>y</b> & z")); m.Set("draft", NewBool(true)) },
			want: "{\n  \"title\": \"<b>y</b> & z\",\n  \"n\": 1234567890123456789,\n  \"tags\": [\"a\"],\n  \"draft\": true\n}\nbody\n",
		},
		{
			name: "one-line json",
			src:  "{\"title\":\"x\",\"a\":1}body",
			edit: func(m *Map) { _ = m.Rename("a", "b"); m.Set("c", NewList(NewInt(1), NewInt(2))) },
			want: "{\"title\":\"x\",\"b\":1,\"c\":[1,2]}body",
		},
		{
			name: "keys added to a file without front matter",
			src:  "\ufeffJust text.\n",
			edit: func(m *Map) { m.Set("title", NewString("T")) },
			want: "\ufeff---\ntitle: T\n---\nJust text.\n",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := mustParse(t, tt.src)
			m, err := d.Meta()
			if err != nil {
				t.Fatal(err)
			}
			tt.edit(m)
			got, err := d.Bytes()
			if err != nil {
				t.Fatal(err)
			}
			if string(got) != tt.want {
				t.Errorf("Bytes() differs (-want +got):\n%s\ngot %q", diff.Unified("want", "got", []byte(tt.want), got), got)
			}
			if d.Changed() != (tt.want != tt.src) {
				t.Errorf("Changed() = %v, want %v", d.Changed(), tt.want != tt.src)
			}
			// What was written parses back to the same values.
			again := mustParse(t, string(got))
			m2, err := again.Meta()
			if err != nil {
				t.Fatalf("output does not parse: %v", err)
			}
			if !sameMeaning(NewMapNode(m), NewMapNode(m2)) {
				t.Errorf("output reads back as %v, want %v", m2.Keys(), m.Keys())
			}
		})
	}
}

func mustParse(t testing.TB, src string) *Document {
	t.Helper()
	d, err := Parse([]byte(src))
	if err != nil {
		t.Fatalf("Parse(%q): %v", src, err)
	}
	return d
}

func TestMapAPI(t *testing.T) {
	d := mustParse(t, "---\ntitle: x\nlastMod: 2024-03-05\ntags: [a]\n---\n")
	m, err := d.Meta()
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(m.Keys(), ","); got != "title,lastMod,tags" {
		t.Errorf("Keys() = %s", got)
	}
	if err := m.Rename("title", "tags"); err == nil {
		t.Error("Rename onto an existing key succeeded")
	}
	if err := m.Rename("nope", "x"); err == nil {
		t.Error("Rename of a missing key succeeded")
	}
	if line, col := m.KeyPos("lastMod"); line != 3 || col != 1 {
		t.Errorf("KeyPos(lastMod) = %d:%d, want 3:1", line, col)
	}
	if line, col := m.Get("tags").Items()[0].Pos(); line != 4 || col != 8 {
		t.Errorf("Pos(tags[0]) = %d:%d, want 4:8", line, col)
	}
	if m.Delete("nope") || !m.Delete("tags") || m.Len() != 2 {
		t.Errorf("Delete: Len() = %d, want 2", m.Len())
	}
	if d.Changed() != true {
		t.Error("Changed() = false after Delete")
	}
	m2, _ := d.Meta()
	if m2 != m {
		t.Error("Meta() parsed twice")
	}
}

// sameMeaning is equalNodes with key order ignored.
func sameMeaning(a, b *Node) bool {
	a, b = a.target(), b.target()
	switch {
	case a.Kind() != b.Kind():
		return false
	case a.Kind() == ListKind:
		return slices.EqualFunc(a.Items(), b.Items(), sameMeaning)
	case a.Kind() != MapKind:
		return equalNodes(a, b)
	}
	ka, kb := a.Map().Keys(), b.Map().Keys()
	if len(ka) != len(kb) {
		return false
	}
	for _, k := range ka {
		if !sameMeaning(a.Map().Get(k), b.Map().Get(k)) {
			return false
		}
	}
	return true
}

// A multi-line TOML string must end where its value ends, whatever run of
// quotes and backslashes comes last, and no line of it may end the front
// matter: each value is set, written and read back. The fuzzer found
// `00\n"""`, written as `""\\"` (a backslash, then the end of the string),
// and "+++\n", written with a "+++" line that closed the front matter.
func TestTOMLMultilineStrings(t *testing.T) {
	for _, v := range []string{
		"a\n\"", "a\n\"\"", "a\n\"\"\"", "a\n\"\"\"\"", "a\n\"\"\"\"\"\"",
		"a\n\\", "a\n\\\"", "a\n\\\\\"", "a\n\"\"\"b", "00\n\"\"\"",
		"+++\n", "a\n+++ b\nc", "a\n ++++\n",
	} {
		d, err := Parse([]byte("+++\nx = 1\n+++\n"))
		if err != nil {
			t.Fatal(err)
		}
		m, err := d.Meta()
		if err != nil {
			t.Fatal(err)
		}
		m.Set("x", NewString(v))
		out, err := d.Bytes()
		if err != nil {
			t.Fatalf("%q: %v", v, err)
		}
		back, err := Parse(out)
		if err != nil {
			t.Fatalf("%q: written as\n%s\ndoes not split: %v", v, out, err)
		}
		bm, err := back.Meta()
		if err != nil {
			t.Fatalf("%q: written as\n%s\ndoes not parse: %v", v, out, err)
		}
		if got := bm.Get("x").Str(); got != v {
			t.Errorf("%q: written as\n%s\nreads back as %q", v, out, got)
		}
	}
}
