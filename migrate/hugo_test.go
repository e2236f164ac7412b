package migrate

import (
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/hugofmt/hugofmt/embed"
	"github.com/hugofmt/hugofmt/frontmatter"
	"github.com/hugofmt/hugofmt/internal/golden"
	"github.com/hugofmt/hugofmt/internal/hugotest"
)

// TestMigratedPostsBuild builds the expected output of the realistic
// posts of testdata with Hugo, in safe mode (raw HTML omitted), with the
// templates hugofmt ships, and checks that each page renders what its
// engine rendered: code blocks with their titles, callouts, details,
// figures, quotes and embeds, and no tag the rules converted.
func TestMigratedPostsBuild(t *testing.T) {
	posts := map[string]struct {
		want    []string // substrings of the rendered page
		omitted int      // "raw HTML omitted" the report warned of
	}{
		"jekyll-post": {want: []string{
			`<code class="language-console"`, `<code class="language-ruby"`, `<span class="lnt">`,
			`src="https://www.youtube.com/embed/dQw4w9WgXcQ`, `src="https://gist.github.com/parkr/931c1c8d465a04042403.js?file=_config.yml"`,
			`<figure class="center">`, `<img src="/assets/images/build-times.png"`, `<h4>Build times</h4>`,
			`href="https://example.org/posts/2019-02-01-jekyll-4/"`, `<blockquote class="xpost">`,
			`{% for post in site.posts %}`, `<code>{% include_cached %}</code>`,
		}},
		"hexo-post": {want: []string{
			`<div class="highlight" title="安装 Hexo">`, `<code class="language-bash"`, `title="_config.yml"`, `<span class="line hl">`,
			`<aside class="callout callout-note"`, `<img src="theme.png"`, `<h4>NexT 主题的效果</h4>`,
			`<blockquote>`, `Talk is cheap.`, `— Linus Torvalds, <a href="https://lkml.org/lkml/2000/8/25/132">`,
			`src="https://www.youtube.com/embed/lJIrF4YjHfQ`, `href="https://example.org/posts/hexo-deploy/">部署到 GitHub Pages</a>`,
		}, omitted: 1}, // the raw <div> the post had, which safe mode omits
		"zenn-post": {want: []string{
			`<aside class="callout callout-note"`, `<div class="highlight" title="app/api/og/route.tsx">`, `<code class="language-tsx"`,
			`<img src="https://storage.googleapis.com/zenn-user-upload/0123456789ab.png"`, `width="600"`,
			`<summary>古い Pages Router での書き方</summary>`, `<div class="highlight" title="pages/api/og.tsx">`,
			`src="https://speakerdeck.com/player/6a27ba1c5e3b4a1f8c0d9e2f3a4b5c6d"`, `<blockquote class="xpost">`,
		}, omitted: 1}, // the callout in the details, as the report says
		"qiita-post": {want: []string{
			`<aside class="callout callout-note"`, `<aside class="callout callout-warning"`, `<aside class="callout callout-caution"`,
			`<div class="highlight" title="main.go">`, `<code class="language-go"`, `<code class="language-diff"`,
			`src="https://www.youtube.com/embed/LSzR0VEraWw`,
		}},
		"callout": {want: []string{ // the shipped template: an unknown type is a note; the title is Markdown
			`<aside class="callout callout-note" role="note" style="border-left: 4px solid #0969da;`,
			`<p class="callout-title"><strong><em>Mac</em> users</strong></p>`, `<p>Install <code>Xcode</code>.</p>`,
			`<aside class="callout callout-caution"`,
		}},
		"wp-post": {want: []string{
			`<figure class="aligncenter"><a href="https://example.files.wordpress.com/2014/09/tram.jpg">`,
			`<img src="https://example.files.wordpress.com/2014/09/tram.jpg?w=1024"`, `<p>Tram 28 climbing to Alfama</p>`,
			`src="https://www.youtube.com/embed/6JYIGclVQdw`, `src="https://www.youtube.com/embed/2Y2sGj6dqXo`,
			`src="https://gist.github.com/travelblog/5d1e9f3c2b7a4e6d8c0a.js"`,
		}},
	}
	files := map[string]string{
		"hugo.toml":                            "baseURL = 'https://example.org/'\ndisableKinds = ['taxonomy', 'term', 'rss', 'sitemap', 'home', 'section']\n[markup.highlight]\nnoClasses = false\n",
		"layouts/single.html":                  "<main>{{ .Content }}</main>\n",
		"content/posts/2019-02-01-jekyll-4.md": "---\ntitle: Jekyll 4\n---\n",
		"content/posts/hexo-deploy.md":         "---\ntitle: Deploy\n---\n",
		"content/posts/callout.md": "---\ntitle: Callout\n---\n{{< callout type=\"bogus\" title=\"*Mac* users\" >}}\nInstall `Xcode`.\n{{< /callout >}}\n\n" +
			"{{< callout type=\"caution\" >}}Careful.{{< /callout >}}\n",
	}
	for name := range posts {
		if files["content/posts/"+name+".md"] != "" {
			continue
		}
		c, err := golden.Load(filepath.Join("testdata", name+".txtar"))
		if err != nil {
			t.Fatal(err)
		}
		res, err := migrateCase(c, c.In)
		if err != nil {
			t.Fatal(err)
		}
		// The front matter needs Hugo's rules too (Zenn's published: true
		// is no date), as the batch tool's default applies them.
		d, err := frontmatter.Parse(res.Out)
		if err != nil {
			t.Fatal(err)
		}
		rules, _ := frontmatter.RulesByName(frontmatter.HugoPreset)
		if _, _, err := frontmatter.ApplyRules(d, frontmatter.Config{}, rules...); err != nil {
			t.Fatal(err)
		}
		out, err := d.Bytes()
		if err != nil {
			t.Fatal(err)
		}
		files["content/posts/"+name+".md"] = string(out)
	}
	site := hugotest.NewSite(t, files)
	if _, _, err := embed.WriteTemplates(site.Dir); err != nil {
		t.Fatal(err)
	}
	if log, err := site.Build("--logLevel", "error"); err != nil {
		t.Fatalf("hugo: %v\n%s", err, log)
	}
	converted := regexp.MustCompile(`\{%-? *(highlight|codeblock|img|asset_img|youtube|gist|twitter|post_url|post_link|blockquote|note|raw) |:::(message|note|details)|@\[(youtube|speakerdeck)\]|\[(caption|embed|youtube)[ \]]`)
	for name, p := range posts {
		t.Run(name, func(t *testing.T) {
			html := site.ReadFile("public/posts/" + name + "/index.html")
			for _, w := range p.want {
				if !strings.Contains(html, w) {
					t.Errorf("page lacks %s", w)
				}
			}
			if n := strings.Count(html, "raw HTML omitted"); n != p.omitted {
				t.Errorf("raw HTML omitted %d times, want %d", n, p.omitted)
			}
			// What the rules converted is gone from the text; what is
			// left in code (a post about Liquid) is HTML-escaped there.
			text := regexp.MustCompile(`(?s)<code[^>]*>.*?</code>`).ReplaceAllString(html, "")
			if m := converted.FindString(text); m != "" {
				t.Errorf("page still shows %q", m)
			}
			if t.Failed() {
				t.Logf("page:\n%s", html)
			}
		})
	}
}
