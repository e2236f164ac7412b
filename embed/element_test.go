package embed

import (
	"fmt"
	"strings"
	"testing"
)

func TestParseElements(t *testing.T) {
	frag := `<IFRAME SRC='//www.youtube.com/embed/x?a=1&amp;b=2' allowfullscreen></IFRAME> <div class="credit a"><strong><a href="u">T&amp;t</a></strong> from <b>me</b></div>`
	els := parseElements([]byte(frag))
	if len(els) != 2 {
		t.Fatalf("got %d top-level elements, want 2", len(els))
	}
	f := els[0]
	if f.Tag != "iframe" || f.Attr("src") != "//www.youtube.com/embed/x?a=1&b=2" || !f.HasAttr("allowfullscreen") {
		t.Errorf("iframe = %+v", f)
	}
	if got := frag[f.start:f.end]; got != `<IFRAME SRC='//www.youtube.com/embed/x?a=1&amp;b=2' allowfullscreen></IFRAME>` {
		t.Errorf("iframe source = %q", got)
	}
	d := els[1]
	if !d.HasClass("credit") || d.HasClass("cred") {
		t.Error("HasClass")
	}
	if got := d.Text(); got != "T&t from me" {
		t.Errorf("Text() = %q", got)
	}
	if a := d.Find(func(e *Element) bool { return e.Tag == "a" }); a == nil || a.Attr("href") != "u" || a.Parent.Tag != "strong" {
		t.Errorf("Find(a) = %+v", a)
	}
	if d.end != len(frag) {
		t.Errorf("div ends at %d, want %d", d.end, len(frag))
	}
}

func TestParseElementsMissingIframeEnd(t *testing.T) {
	frag := `<iframe src="a"><p>after</p><iframe src="b"></iframe>`
	els := parseElements([]byte(frag))
	if len(els) != 3 {
		t.Fatalf("got %d top-level elements, want 3 (an unclosed iframe must not swallow what follows)", len(els))
	}
	if els[0].end != els[0].tagEnd || len(els[0].Children) != 0 {
		t.Errorf("unclosed iframe = %+v", els[0])
	}
	if els[2].Attr("src") != "b" || frag[els[2].start:els[2].end] != `<iframe src="b"></iframe>` {
		t.Errorf("second iframe = %+v", els[2])
	}
}

func TestParseElementsSelfClosingAndVoid(t *testing.T) {
	frag := "<iframe src=\"a\"/>\n<img src=x alt=y><br>text<script\n  src=\"s.js\"\n  async></script>"
	els := parseElements([]byte(frag))
	var tags []string
	for _, e := range els {
		tags = append(tags, e.Tag)
	}
	if len(els) != 4 || tags[0] != "iframe" || tags[1] != "img" || tags[2] != "br" || tags[3] != "script" {
		t.Fatalf("tags = %v", tags)
	}
	if s := els[3]; s.Attr("src") != "s.js" || frag[s.end-9:s.end] != "</script>" {
		t.Errorf("script over several lines = %+v", s)
	}
}

func TestShortcodeString(t *testing.T) {
	tests := []struct {
		sc   Shortcode
		want string
	}{
		{Shortcode{Name: "youtube", Params: []Param{Named("id", "abc"), Named("start", "42"), Named("end", "")}}, `{{< youtube id="abc" start="42" >}}`},
		{Shortcode{Name: "slideshare", Params: []Param{Named("title", `Say "hi"`)}}, "{{< slideshare title=`Say \"hi\"` >}}"},
		{Shortcode{Name: "s", Params: []Param{Named("t", "a \"b\" `c`")}}, "{{< s t=\"a \\\"b\\\" `c`\" >}}"},
		{Shortcode{Name: "s", Params: []Param{Named("t", `ends\`)}}, "{{< s t=`ends\\` >}}"},
		{Shortcode{Name: "s", Params: []Param{Named("t", "two\n  lines")}}, `{{< s t="two lines" >}}`},
		{Shortcode{Name: "xpost", Params: []Param{Named("id", "1")}, Inner: "text"}, `{{< xpost id="1" >}}text{{< /xpost >}}`},
	}
	for _, tt := range tests {
		if got := tt.sc.String(); got != tt.want {
			t.Errorf("String() = %s, want %s", got, tt.want)
		}
	}
}

// TestParseFragmentsAgree holds parseFragments, which tokenizes several
// fragments with one tokenizer, to what parseElements makes of each alone,
// whatever state a fragment leaves the tokenizer in: in the text of an
// open element (that text is the element's own: FuzzRewrite found it
// lost, and a wrapper taken for a bare one), an attribute or its value
// about to begin (FuzzRewrite found the next fragment taken in), a
// comment, the raw text of a script.
func TestParseFragmentsAgree(t *testing.T) {
	frags := []string{
		`<iframe src="//a.com/0">0`,
		`<div><iframe src="//b.com/00">0`,
		`<div>text &amp; more`,
		`<p>tail`,
		`<div title="open`,
		`<script>var a = "<div>";`,
		`<!-- open comment`,
		`<div><textarea>x`,
		`<blockquote class="twitter-tweet"><p>Hi &mdash; there</p>`,
		`plain & text <b>bold</b> end`,
		`<div><div><a data-iframely-url="//iframe.ly"></div></`,
		`<p>a <`,
		`<div><!`,
		`<blockquote data-x=`, // a quote would open a value, not close one
		`<blockquote class="instagram-media"><a href="//instagram.com/p/00"></a></blockquote>`,
		`<div a= `,
	}
	var bs [][]byte
	for _, f := range frags {
		bs = append(bs, []byte(f))
	}
	together := parseFragments(bs, nil)
	for i, f := range frags {
		want, got := dumpElements(parseElements([]byte(f))), dumpElements(together[i])
		if got != want {
			t.Errorf("%q: tokenized with the others:\n%s\nalone:\n%s", f, got, want)
		}
	}
}

// dumpElements writes a forest as text: each element's tag, extent,
// completeness and own text, its children indented below it.
func dumpElements(els []*Element) string {
	var b strings.Builder
	var walk func(els []*Element, indent string)
	walk = func(els []*Element, indent string) {
		for _, e := range els {
			fmt.Fprintf(&b, "%s<%s> %d-%d complete=%v", indent, e.Tag, e.start, e.end, e.complete)
			for _, p := range e.content {
				if p.el == nil {
					fmt.Fprintf(&b, " text=%q", p.text)
				}
			}
			b.WriteByte('\n')
			walk(e.Children, indent+"  ")
		}
	}
	walk(els, "")
	return b.String()
}
