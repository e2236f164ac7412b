package migrate

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/hugofmt/hugofmt/frontmatter"
)

// rewrite applies the rules of spec in order to body.
func rewrite(t *testing.T, spec string, body []byte) ([]byte, []Finding) {
	t.Helper()
	rules, err := RulesByName(spec)
	if err != nil {
		t.Fatal(err)
	}
	var all []Finding
	for _, r := range rules {
		var fs []Finding
		body, fs = r.Rewrite(body)
		all = append(all, fs...)
	}
	return body, all
}

// TestByteExact holds the cases txtar cannot: CRLF line endings, which
// new lines follow, and bodies without a final newline.
func TestByteExact(t *testing.T) {
	tests := []struct{ name, rules, in, want string }{
		{"highlight, no final newline", "jekyll-tags",
			"x\n\n{% highlight go %}\nfmt.Println()\n{% endhighlight %}",
			"x\n\n```go\nfmt.Println()\n```"},
		{"highlight on one line, no final newline", "jekyll-tags",
			"{% highlight go %}fmt.Println(){% endhighlight %}",
			"```go\nfmt.Println()\n```"},
		{"highlight, CRLF", "jekyll-tags",
			"x\r\n\r\n{% highlight go %}\r\nfmt.Println()\r\n{% endhighlight %}\r\n",
			"x\r\n\r\n```go\r\nfmt.Println()\r\n```\r\n"},
		{"highlight on one line, CRLF", "jekyll-tags",
			"a\r\n\r\nSee {% highlight go %}x{% endhighlight %} here.\r\n",
			"a\r\n\r\nSee \r\n```go\r\nx\r\n```\r\nhere.\r\n"},
		{"raw alone on the last line", "jekyll-tags",
			"a\n{% raw %}{{ x }}\n{% endraw %}",
			"a\n{{ x }}\n"},
		{"blockquote, CRLF", "hexo-tags",
			"{% blockquote Ann, Book %}\r\nQuoted.\r\n{% endblockquote %}\r\n",
			"> Quoted.\r\n>\r\n> — Ann, *Book*\r\n"},
		{"blockquote, no final newline", "hexo-tags",
			"{% blockquote %}\nQuoted.\n{% endblockquote %}",
			"> Quoted.\n"},
		{"message, CRLF", "zenn-syntax",
			":::message\r\nx\r\n:::\r\n",
			"{{< callout type=\"note\" >}}\r\nx\r\n{{< /callout >}}\r\n"},
		{"note, no final newline", "qiita-notes",
			":::note warn\nx\n:::",
			"{{< callout type=\"warning\" >}}\nx\n{{< /callout >}}"},
		{"more, no final newline", "more",
			"a\n\n<!-- more -->",
			"a\n\n<!--more-->"},
		{"bare URL, no final newline", "bare-urls",
			"https://youtu.be/dQw4w9WgXcQ",
			`{{< youtube id="dQw4w9WgXcQ" >}}`},
		{"fence title, CRLF, no final newline", "fence-titles",
			"```go:main.go\r\nx\r\n```",
			"```go {title=\"main.go\"}\r\nx\r\n```"},
		{"caption, no final newline", "wp-shortcodes",
			`[caption]<img src="/a.png" /> A[/caption]`,
			`{{< figure src="/a.png" caption="A" >}}`},
		{"trailing spaces kept", "jekyll-tags",
			"{% img /a.png %}   \n",
			"{{< figure src=\"/a.png\" >}}   \n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, _ := rewrite(t, tt.rules, []byte(tt.in))
			if diff := cmp.Diff(tt.want, string(got)); diff != "" {
				t.Errorf("rewrite (-want +got):\n%s", diff)
			}
			again, _ := rewrite(t, tt.rules, got)
			if diff := cmp.Diff(string(got), string(again)); diff != "" {
				t.Errorf("not idempotent (-first +second):\n%s", diff)
			}
		})
	}
}

// TestUnchangedIsSameSlice checks that a body no rule changes comes back
// as the very slice given, as go/format.Source does.
func TestUnchangedIsSameSlice(t *testing.T) {
	body := []byte("Plain text, `{% youtube x %}` in code, and {% label x %}.\n")
	for _, r := range Rules() {
		out, _ := r.Rewrite(body)
		if &out[0] != &body[0] || len(out) != len(body) {
			t.Errorf("%s: a new slice for an unchanged body", r.Name())
		}
	}
}

func TestRulesByName(t *testing.T) {
	names := func(rules []Rule) string {
		var n []string
		for _, r := range rules {
			n = append(n, r.Name())
		}
		return strings.Join(n, ",")
	}
	tests := []struct{ spec, want, err string }{
		{"", "", ""},
		{"jekyll", "jekyll-tags,more", ""},
		{"more, jekyll-tags", "jekyll-tags,more", ""},
		{"zenn,qiita", "fence-titles,zenn-syntax,qiita-notes", ""},
		{"jekyll,-more,bare-urls", "jekyll-tags,bare-urls", ""},
		{"wordpress,-wordpress", "", ""},
		{"hugo", "", `migrate: unknown rule "hugo" (the rules: jekyll, hexo, zenn, qiita, wordpress, jekyll-tags, hexo-tags, wp-shortcodes, fence-titles, more, bare-urls, zenn-syntax, qiita-notes)`},
	}
	for _, tt := range tests {
		rules, err := RulesByName(tt.spec)
		got := ""
		if err != nil {
			got = err.Error()
		}
		if got != tt.err || names(rules) != tt.want {
			t.Errorf("RulesByName(%q) = %q, %q; want %q, %q", tt.spec, names(rules), got, tt.want, tt.err)
		}
	}
}

// TestMigrate checks that Migrate reports what a rule converted and what
// it left at their places in the file.
func TestMigrate(t *testing.T) {
	d, err := frontmatter.Parse([]byte("---\ntitle: x\n---\nA {% label x %} and {% img /a.png %}.\n"))
	if err != nil {
		t.Fatal(err)
	}
	rules, _ := RulesByName("jekyll-tags")
	findings, err := rules[0].Migrate(d)
	if err != nil {
		t.Fatal(err)
	}
	want := []Finding{
		{Line: 4, Col: 3, Rule: "jekyll-tags", Syntax: "{% label %}", Reason: "unknown tag"},
		{Line: 4, Col: 21, Rule: "jekyll-tags", Syntax: "{% img %}", Converted: true, To: `{{< figure src="/a.png" >}}`},
	}
	if diff := cmp.Diff(want, findings); diff != "" {
		t.Errorf("findings (-want +got):\n%s", diff)
	}
	out, _ := d.Bytes()
	if got := string(out); got != "---\ntitle: x\n---\nA {% label x %} and {{< figure src=\"/a.png\" >}}.\n" {
		t.Errorf("file:\n%s", got)
	}
}

// TestMigrateBadFrontMatter checks that the more rule, which reads
// excerpt_separator, fails on front matter it cannot read, leaving the
// document as it was.
func TestMigrateBadFrontMatter(t *testing.T) {
	src := "---\ntitle: [unclosed\n---\n<!-- more -->\n"
	d, err := frontmatter.Parse([]byte(src))
	if err != nil {
		t.Skip("Parse already refuses it")
	}
	rules, _ := RulesByName("more")
	if _, err := rules[0].Migrate(d); err == nil {
		t.Fatal("no error")
	}
	if out, _ := d.Bytes(); string(out) != src {
		t.Errorf("document changed:\n%s", out)
	}
}

func TestFindingShortcode(t *testing.T) {
	for _, tt := range []struct {
		f    Finding
		want string
	}{
		{Finding{Converted: true, To: `{{< youtube id="x" >}}`}, `{{< youtube id="x" >}}`},
		{Finding{Converted: true, To: "a fenced code block"}, ""},
		{Finding{Converted: true, To: "<!--more-->"}, ""},
		{Finding{To: `{{< youtube id="x" >}}`}, ""},
	} {
		if got := tt.f.Shortcode(); got != tt.want {
			t.Errorf("%+v.Shortcode() = %q, want %q", tt.f, got, tt.want)
		}
	}
}

func TestLeft(t *testing.T) {
	_, findings := rewrite(t, "hexo-tags", []byte("{% label a %} {% label b %} {% img /x.png %} {% tabs %}\n"))
	want := map[string]int{"{% label %}": 2, "{% tabs %}": 1}
	if diff := cmp.Diff(want, Left(findings)); diff != "" {
		t.Errorf("Left (-want +got):\n%s", diff)
	}
}
