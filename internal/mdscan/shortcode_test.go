package mdscan

import (
	"fmt"
	"strings"
	"testing"
)

// describeShortcodes renders shortcodes as name[start:end] with the inner
// span, "escaped" or "md" when they apply.
func describeShortcodes(scs []Shortcode) string {
	var parts []string
	for _, s := range scs {
		p := fmt.Sprintf("%s[%d:%d]", s.Name, s.Start, s.End)
		if s.Paired() {
			p += fmt.Sprintf("inner[%d:%d]", s.InnerStart, s.InnerEnd)
		}
		if s.Escaped {
			p += " escaped"
		}
		if s.Markdown {
			p += " md"
		}
		parts = append(parts, p)
	}
	return strings.Join(parts, ", ")
}

func TestScanShortcodes(t *testing.T) {
	tests := []struct{ src, want, err string }{
		{"a {{< youtube id=\"x\" >}} b", "youtube[2:24]", ""},
		{"{{< highlight go >}}x{{< /highlight >}}", "highlight[0:39]inner[20:21]", ""},
		{"{{% note %}}\n**x**\n{{% /note %}}", "note[0:32]inner[12:19] md", ""},
		{"{{</* youtube x */>}} and {{%/* x */%}}", "[0:21] escaped, [26:39] escaped md", ""},
		{"{{< a >}}{{< b />}}{{< a >}}{{< /a >}}", "a[0:9], b[9:19], a[19:38]inner[28:28]", ""},
		{"{{< x title=\"a >}} b\" >}}", "x[0:25]", ""},
		{"{{< x title=`two\nlines >}}` >}}", "x[0:31]", ""},
		{"{{< x \"a \\\"q\\\" b\" >}}", "x[0:21]", ""},
		{"{{{< x >}}", "x[1:10]", ""},
		{"{{ .Title }} {{< x.inline >}}{{ .Page }}{{< /x.inline >}}", "x.inline[13:57]inner[29:40]", ""},
		{"{{< x >}} {{< /y >}}", "x[0:9]", "closing tag for shortcode \"y\" does not match start tag"},
		{"{{< /x >}}", "", "got closing shortcode, but none is open"},
		{"{{< x", "", "unclosed shortcode action"},
		{"{{< x title=\"a\n\" >}}", "", "unterminated string in shortcode parameter"},
		{"{{</* x */ >}}", "", "comment must be closed"},
		{"{{< $x >}}", "", "unrecognized character in shortcode action: '$'"},
	}
	for _, tt := range tests {
		scs, err := scanShortcodes([]byte(tt.src))
		if got := describeShortcodes(scs); got != tt.want {
			t.Errorf("%q: shortcodes %s, want %s", tt.src, got, tt.want)
		}
		gotErr := ""
		if err != nil {
			gotErr = err.Msg
		}
		if gotErr != tt.err {
			t.Errorf("%q: error %q, want %q", tt.src, gotErr, tt.err)
		}
	}
}

func TestAt(t *testing.T) {
	src := "Text `<iframe>` <b>bold</b> <!-- c -->\n\n```\n<iframe>\n```\n\n<div>\n<!-- <iframe> -->\n<iframe>\n</div>\n\n{{< x >}}<iframe>{{< /x >}}\n"
	d := Scan([]byte(src))
	at := func(s string, nth int) Context {
		i := -1
		for range nth + 1 {
			i += 1 + strings.Index(src[i+1:], s)
		}
		return d.At(i)
	}
	tests := []struct {
		s    string
		nth  int
		want Context
	}{
		{"Text", 0, Text},
		{"<iframe>", 0, Code},
		{"<b>", 0, HTML},
		{"bold", 0, Text},
		{"<!-- c", 0, Comment},
		{"<iframe>", 1, Code},
		{"<div>", 0, HTML},
		{"<iframe>", 2, Comment},
		{"<iframe>", 3, HTML},
		{"<iframe>", 4, InShortcode},
		{"{{< /x", 0, InShortcode},
	}
	for _, tt := range tests {
		if got := at(tt.s, tt.nth); got != tt.want {
			t.Errorf("At(%q #%d) = %v, want %v", tt.s, tt.nth, got, tt.want)
		}
	}
}

func TestInline(t *testing.T) {
	src := "A `code <b>` and <span class=\"x\">tag</span> <!-- note --> \\<i> ``two ` ticks``\n"
	d := Scan([]byte(src))
	var got []string
	for _, s := range d.Inline(0) {
		got = append(got, fmt.Sprintf("%d %q", s.Kind, src[s.Start:s.End]))
	}
	want := []string{`1 "code <b>"`, `2 "<span class=\"x\">"`, `2 "</span>"`, `3 "<!-- note -->"`, "1 \"two ` ticks\""}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("Inline =\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if d.Inline(5) != nil || d.Inline(-1) != nil {
		t.Error("Inline of a block that does not exist")
	}
}
