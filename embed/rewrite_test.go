package embed

import (
	"errors"
	"strings"
	"testing"
)

func TestRewriteWithoutCandidateReturnsBody(t *testing.T) {
	body := []byte("# Title\n\nText with <b>HTML</b>, <a href=x>links</a> and <iframes> of words.\n")
	out, findings, err := Default().Rewrite(body)
	if err != nil || findings != nil || &out[0] != &body[0] || len(out) != len(body) {
		t.Errorf("Rewrite = %q, %v, %v; want the same slice back", out, findings, err)
	}
}

// TestRewriteBytes covers what txtar cannot hold: line endings, a last
// line without a newline, tabs.
func TestRewriteBytes(t *testing.T) {
	const sd = `<script async class="speakerdeck-embed" data-id="abc" src="//speakerdeck.com/assets/embed.js"></script>`
	const yt = `<iframe src="https://www.youtube.com/embed/xfk6r-jndRI"></iframe>`
	tests := []struct{ name, in, want string }{
		{"crlf", "a\r\n\r\n" + sd + "\r\n\r\nb\r\n", "a\r\n\r\n{{< speakerdeck id=\"abc\" >}}\r\n\r\nb\r\n"},
		{"crlf blank lines added", "text\r\n" + yt + "\r\nmore\r\n",
			"text\r\n\r\n{{< youtube id=\"xfk6r-jndRI\" >}}\r\n\r\nmore\r\n"},
		{"crlf one per line", yt + yt + "\r\n", "{{< youtube id=\"xfk6r-jndRI\" >}}\r\n{{< youtube id=\"xfk6r-jndRI\" >}}\r\n"},
		{"no final newline", "x\n\n" + sd, "x\n\n{{< speakerdeck id=\"abc\" >}}"},
		{"no final newline, text after", yt + " after", "{{< youtube id=\"xfk6r-jndRI\" >}}\n\nafter"},
		{"crlf, no final newline", "x\r\n\r\n" + yt + "<p>after</p>", "x\r\n\r\n{{< youtube id=\"xfk6r-jndRI\" >}}\r\n\r\n<p>after</p>"},
		{"tab in block quote", ">\t" + yt + yt + "\n", ">\t{{< youtube id=\"xfk6r-jndRI\" >}}\n>\t{{< youtube id=\"xfk6r-jndRI\" >}}\n"},
		{"trailing space kept", yt + "  \n", "{{< youtube id=\"xfk6r-jndRI\" >}}  \n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, _, err := Default().Rewrite([]byte(tt.in))
			if err != nil {
				t.Fatal(err)
			}
			if string(out) != tt.want {
				t.Errorf("Rewrite(%q)\n got %q\nwant %q", tt.in, out, tt.want)
			}
			again, _, err := Default().Rewrite(out)
			if err != nil || string(again) != string(out) {
				t.Errorf("not idempotent: %q becomes %q (%v)", out, again, err)
			}
		})
	}
}

// fixed is a provider that returns the same shortcode for every <section>.
type fixed struct{ sc Shortcode }

func (fixed) Name() string                       { return "fixed" }
func (fixed) Tags() []string                     { return []string{"section"} }
func (f fixed) Match(e *Embed) (Shortcode, bool) { return f.sc, e.Tag == "section" }

func TestRewriteTaggerAndBadShortcodes(t *testing.T) {
	body := []byte("Intro.\n\n<section class=\"talk\"><p>x</p></section>\n")
	r, err := NewRegistry(fixed{Shortcode{Name: "talk", Params: []Param{Named("id", "1")}}})
	if err != nil {
		t.Fatal(err)
	}
	out, findings, err := r.Rewrite(body)
	if err != nil || string(out) != "Intro.\n\n{{< talk id=\"1\" >}}\n" || len(findings) != 1 || !findings[0].Converted {
		t.Errorf("Rewrite = %q, %v, %v", out, findings, err)
	}
	for _, bad := range []Shortcode{
		{Name: ""},
		{Name: "has space"},
		{Name: "ok", Params: []Param{Named("bad key", "v")}},
		{Name: "ok", Params: []Param{Named("k", "v"), Positional("v")}},
		{Name: "ok", Consumed: 1},
		{Name: "ok", Inner: "two\nlines"},
		{Name: "ok", Inner: "a {{< b >}}"},
		{Name: "ok", Caption: "two\nlines"},
		{Name: "ok", Caption: "a {{% b %}}"},
	} {
		r, _ := NewRegistry(fixed{bad})
		out, findings, err := r.Rewrite(body)
		var e *Error
		if !errors.As(err, &e) || e.Line != 3 || e.Col != 1 || e.Provider != "fixed" ||
			!strings.HasPrefix(err.Error(), "3:1: embed: provider \"fixed\" returned ") || string(out) != string(body) || findings != nil {
			t.Errorf("shortcode %+v: Rewrite = %q, %v, %#v; want body unchanged and an *Error at 3:1", bad, out, findings, err)
		}
	}
}

func TestNewRegistryRejectsBadTags(t *testing.T) {
	if _, err := NewRegistry(badTags{}); err == nil {
		t.Error("NewRegistry accepted the tag \"Div\"")
	}
	if _, err := NewRegistry(fixed{}, fixed{}); err == nil {
		t.Error("NewRegistry accepted two providers named alike")
	}
}

type badTags struct{ fixed }

func (badTags) Tags() []string { return []string{"Div"} }

func TestFindingString(t *testing.T) {
	tests := []struct {
		f    Finding
		want string
	}{
		{Finding{Line: 1, Col: 2, Provider: "youtube", Shortcode: `{{< youtube id="x" >}}`, Converted: true}, `1:2: youtube: converted to {{< youtube id="x" >}}`},
		{Finding{Line: 3, Col: 1, Provider: "x", Shortcode: "{{< xpost >}}", Converted: true, Reason: "blank line added below"}, "3:1: x: converted to {{< xpost >}} (blank line added below)"},
		{Finding{Line: 4, Col: 5, Provider: "youtube", Reason: "playlist"}, "4:5: youtube: left: playlist"},
		{Finding{Line: 6, Col: 7, Reason: "unknown iframe (example.com)"}, "6:7: left: unknown iframe (example.com)"},
	}
	for _, tt := range tests {
		if got := tt.f.String(); got != tt.want {
			t.Errorf("String() = %q, want %q", got, tt.want)
		}
	}
}
