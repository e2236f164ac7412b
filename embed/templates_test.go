package embed

import (
	"bytes"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/hugofmt/hugofmt/internal/hugotest"
	"golang.org/x/net/html"
)

// buildSite builds a throwaway Hugo site in safe mode whose one page has
// body, with the shipped templates and the given extra files, and returns
// the page's HTML.
func buildSite(t *testing.T, body string, files map[string]string) string {
	t.Helper()
	site := hugotest.NewSite(t, map[string]string{
		"hugo.toml":           "baseURL = 'https://example.org/'\ndisableKinds = ['taxonomy', 'term', 'rss', 'sitemap', 'home', 'section']\n",
		"layouts/single.html": "<!DOCTYPE html><html><head><title>t</title></head><body><main>{{ .Content }}</main></body></html>\n",
		"content/posts/p.md":  "---\ntitle: p\n---\n" + body,
	})
	for name, content := range files {
		site.WriteFile(name, content)
	}
	if _, _, err := WriteTemplates(site.Dir); err != nil {
		t.Fatal(err)
	}
	if log, err := site.Build("--quiet"); err != nil {
		t.Fatalf("hugo: %v\n%s", err, log)
	}
	main := site.ReadFile("public/posts/p/index.html")
	if i := strings.Index(main, "<main>"); i >= 0 {
		main = main[i+len("<main>"):]
	}
	if i := strings.LastIndex(main, "</main>"); i >= 0 {
		main = main[:i]
	}
	checkHTML(t, main)
	return main
}

// checkHTML fails the test when page holds what safe mode or template
// escaping leaves behind, or elements that do not nest.
func checkHTML(t *testing.T, page string) {
	t.Helper()
	for _, bad := range []string{"raw HTML omitted", "ZgotmplZ", "&amp;amp;", "%!"} {
		if strings.Contains(page, bad) {
			t.Errorf("rendered page holds %q:\n%s", bad, page)
		}
	}
	var open []string
	z := html.NewTokenizer(strings.NewReader(page))
	for {
		switch z.Next() {
		case html.ErrorToken:
			if len(open) > 0 {
				t.Errorf("unclosed elements %v in:\n%s", open, page)
			}
			return
		case html.StartTagToken:
			name, _ := z.TagName()
			if !isVoid(string(name)) {
				open = append(open, string(name))
			}
		case html.EndTagToken:
			name, _ := z.TagName()
			if len(open) == 0 || open[len(open)-1] != string(name) {
				t.Errorf("</%s> closes %v in:\n%s", name, open, page)
				return
			}
			open = open[:len(open)-1]
		}
	}
}

// attrs returns the attributes of the elements named tag in page.
func attrs(page, tag string) []map[string]string {
	var all []map[string]string
	z := html.NewTokenizer(strings.NewReader(page))
	for tt := z.Next(); tt != html.ErrorToken; tt = z.Next() {
		if tt != html.StartTagToken && tt != html.SelfClosingTagToken {
			continue
		}
		name, more := z.TagName()
		if string(name) != tag {
			continue
		}
		a := map[string]string{}
		for more {
			var k, v []byte
			k, v, more = z.TagAttr()
			a[string(k)] = string(v)
		}
		all = append(all, a)
	}
	return all
}

func TestTemplatesRenderOnHugo(t *testing.T) {
	tests := []struct {
		name, body string
		check      func(t *testing.T, page string)
	}{
		{"speakerdeck", "{{< speakerdeck id=\"3b6f73bb6b984c2196261c3e320e5b92\" ratio=\"1.77777777777778\" slide=\"3\" >}}\n", func(t *testing.T, page string) {
			f := attrs(page, "iframe")
			if len(f) != 1 || f[0]["src"] != "https://speakerdeck.com/player/3b6f73bb6b984c2196261c3e320e5b92?slide=3" {
				t.Errorf("iframes %v", f)
			}
			if d := attrs(page, "div"); len(d) != 1 || !strings.Contains(d[0]["style"], "aspect-ratio: 1.77777777777778;") {
				t.Errorf("divs %v", d)
			}
		}},
		{"speakerdeck default ratio", "{{< speakerdeck id=\"abc\" >}}\n", func(t *testing.T, page string) {
			if d := attrs(page, "div"); len(d) != 1 || !strings.Contains(d[0]["style"], "aspect-ratio: 1.7777777777777777;") {
				t.Errorf("divs %v", d)
			}
		}},
		{"slideshare", "{{< slideshare key=\"CIMZnTV0y1VzZs\" slide=\"2\" title=\"A & B\" url=\"https://www.slideshare.net/u/a-b?x=1&y=2\" author=\"Ann\" authorurl=\"https://www.slideshare.net/u\" >}}\n", func(t *testing.T, page string) {
			f := attrs(page, "iframe")
			if len(f) != 1 || f[0]["src"] != "https://www.slideshare.net/slideshow/embed_code/key/CIMZnTV0y1VzZs?startSlide=2" || f[0]["title"] != "A & B" {
				t.Errorf("iframes %v", f)
			}
			a := attrs(page, "a")
			if len(a) != 2 || a[0]["href"] != "https://www.slideshare.net/u/a-b?x=1&y=2" || a[1]["href"] != "https://www.slideshare.net/u" {
				t.Errorf("links %v", a)
			}
			if !strings.Contains(page, ">A &amp; B</a> from <a") {
				t.Errorf("credit line missing:\n%s", page)
			}
		}},
		{"slideshare numeric", "{{< slideshare id=\"1234567\" >}}\n", func(t *testing.T, page string) {
			if f := attrs(page, "iframe"); len(f) != 1 || f[0]["src"] != "https://www.slideshare.net/slideshow/embed_code/1234567" {
				t.Errorf("iframes %v", f)
			}
			if strings.Contains(page, "slideshare-credit") {
				t.Errorf("credit line without a title:\n%s", page)
			}
		}},
		{"youtube", "{{< youtube id=\"xfk6r-jndRI\" start=\"90\" end=\"120\" mute=\"true\" title=\"A talk\" >}}\n", func(t *testing.T, page string) {
			f := attrs(page, "iframe")
			if len(f) != 1 || !strings.HasPrefix(f[0]["src"], "https://www.youtube.com/embed/xfk6r-jndRI?") ||
				!strings.Contains(f[0]["src"], "start=90") || !strings.Contains(f[0]["src"], "end=120") ||
				!strings.Contains(f[0]["src"], "mute=1") || f[0]["title"] != "A talk" {
				t.Errorf("iframes %v", f)
			}
		}},
		{"vimeo", "{{< vimeo id=\"103805173\" title=\"Rails Girls\" >}}\n", func(t *testing.T, page string) {
			if f := attrs(page, "iframe"); len(f) != 1 || !strings.HasPrefix(f[0]["src"], "https://player.vimeo.com/video/103805173") || f[0]["title"] != "Rails Girls" {
				t.Errorf("iframes %v", f)
			}
		}},
		{"vimeo_unlisted", "{{< vimeo_unlisted id=\"76979871\" hash=\"8272103f6e\" loading=\"lazy\" >}}\n", func(t *testing.T, page string) {
			if f := attrs(page, "iframe"); len(f) != 1 || f[0]["src"] != "https://player.vimeo.com/video/76979871?dnt=0&h=8272103f6e" || f[0]["loading"] != "lazy" {
				t.Errorf("iframes %v", f)
			}
		}},
		{"xpost offline", "{{< xpost user=\"jack\" id=\"20\" >}}just setting up my twttr \\<3 — jack (@jack) [March 21, 2006](https://twitter.com/jack/status/20){{< /xpost >}}\n",
			func(t *testing.T, page string) {
				if !strings.Contains(page, `<blockquote class="xpost">`) || !strings.Contains(page, "just setting up my twttr &lt;3 — jack (@jack)") {
					t.Errorf("kept text missing:\n%s", page)
				}
				a := attrs(page, "a")
				if len(a) != 2 || a[0]["href"] != "https://twitter.com/jack/status/20" || a[1]["href"] != "https://x.com/jack/status/20" {
					t.Errorf("links %v", a)
				}
			}},
		{"xpost without inner content", Shortcode{Name: "xpost", Params: []Param{Named("user", "jack"), Named("id", "20")}, Paired: true}.String() + "\n\nAfter.\n",
			func(t *testing.T, page string) {
				if !strings.Contains(page, `<blockquote class="xpost">`) || !strings.Contains(page, "<p>After.</p>") {
					t.Errorf("post or text after it missing:\n%s", page)
				}
				if a := attrs(page, "a"); len(a) != 1 || a[0]["href"] != "https://x.com/jack/status/20" {
					t.Errorf("links %v", a)
				}
			}},
		{"instagrampost", "{{< instagrampost id=\"CxOWiQNP2MO\" >}}[Sunrise \\*no filter\\*](https://www.instagram.com/p/CxOWiQNP2MO/) A photo posted by Bob (@bob) on May 1, 2016{{< /instagrampost >}}\n",
			func(t *testing.T, page string) {
				b := attrs(page, "blockquote")
				if len(b) != 1 || b[0]["class"] != "instagram-media" || b[0]["data-instgrm-permalink"] != "https://www.instagram.com/p/CxOWiQNP2MO/" {
					t.Errorf("blockquotes %v", b)
				}
				if !strings.Contains(page, "Sunrise *no filter*</a> A photo posted by Bob (@bob) on May 1, 2016") {
					t.Errorf("kept text missing:\n%s", page)
				}
				if s := attrs(page, "script"); len(s) != 1 || s[0]["src"] != "https://www.instagram.com/embed.js" {
					t.Errorf("scripts %v", s)
				}
			}},
		{"instagrampost without inner content", Shortcode{Name: "instagrampost", Params: []Param{Named("id", "C0reel12345")}, Paired: true}.String() + "\n\nAfter.\n",
			func(t *testing.T, page string) {
				if a := attrs(page, "a"); len(a) != 1 || a[0]["href"] != "https://www.instagram.com/p/C0reel12345/" || !strings.Contains(page, "<p>After.</p>") {
					t.Errorf("links %v in:\n%s", a, page)
				}
			}},
		{"instagram", "{{< instagram CxOWiQNP2MO >}}\n", func(t *testing.T, page string) {
			if b := attrs(page, "blockquote"); len(b) != 1 || b[0]["data-instgrm-permalink"] != "https://www.instagram.com/p/CxOWiQNP2MO" {
				t.Errorf("blockquotes %v", b)
			}
		}},
		{"gist", "{{< gist user=\"spf13\" id=\"7896402\" file=\"img & co.html\" >}}\n\n{{< gist spf13 7896402 >}}\n\n{{< gist 7896402 >}}\n", func(t *testing.T, page string) {
			s := attrs(page, "script")
			if len(s) != 3 || s[0]["src"] != "https://gist.github.com/spf13/7896402.js?file=img+%26+co.html" ||
				s[1]["src"] != "https://gist.github.com/spf13/7896402.js" || s[2]["src"] != "https://gist.github.com/7896402.js" {
				t.Errorf("scripts %v", s)
			}
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tt.check(t, buildSite(t, tt.body, nil))
		})
	}
}

// TestInstagramPostPrivacy checks that instagrampost loads nothing from
// Instagram where the site's privacy settings keep its script out, and
// still shows the kept text, linked to the post.
func TestInstagramPostPrivacy(t *testing.T) {
	for _, setting := range []string{"disable", "simple"} {
		t.Run(setting, func(t *testing.T) {
			page := buildSite(t, "{{< instagrampost id=\"CxOWiQNP2MO\" >}}A post shared by Alice (@alice){{< /instagrampost >}}\n", map[string]string{
				"hugo.toml": "baseURL = 'https://example.org/'\ndisableKinds = ['taxonomy', 'term', 'rss', 'sitemap', 'home', 'section']\n" +
					"[privacy.instagram]\n" + setting + " = true\n",
			})
			if b := attrs(page, "blockquote"); len(b) != 1 || b[0]["class"] != "instagrampost" {
				t.Errorf("blockquotes %v", b)
			}
			if !strings.Contains(page, "A post shared by Alice (@alice)") || strings.Contains(page, "<script") {
				t.Errorf("kept text missing, or a script:\n%s", page)
			}
			if a := attrs(page, "a"); len(a) != 1 || a[0]["href"] != "https://www.instagram.com/p/CxOWiQNP2MO/" {
				t.Errorf("links %v", a)
			}
		})
	}
}

func TestWriteTemplatesNeverOverwrites(t *testing.T) {
	dir := t.TempDir()
	mine := filepath.Join(dir, "layouts", "_shortcodes", "speakerdeck.html")
	theirs := filepath.Join(dir, "themes", "t", "layouts", "shortcodes", "slideshare.en.html")
	for _, f := range []string{mine, theirs} {
		if err := os.MkdirAll(filepath.Dir(f), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(f, []byte("site's own"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	written, clashes, err := WriteTemplates(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(clashes) != 2 || clashes[0] != mine || clashes[1] != theirs {
		t.Errorf("clashes = %v, want %s and %s", clashes, mine, theirs)
	}
	if b, _ := os.ReadFile(mine); string(b) != "site's own" {
		t.Errorf("%s was overwritten", mine)
	}
	all, _ := fs.Glob(Templates(), "*.html")
	if len(written) != len(all)-2 {
		t.Errorf("wrote %v of %v", written, all)
	}
	for _, w := range written {
		want, _ := fs.ReadFile(Templates(), filepath.Base(w))
		if got, err := os.ReadFile(w); err != nil || !bytes.Equal(got, want) {
			t.Errorf("%s: %v, content differs from the shipped template", w, err)
		}
	}
	again, clashes2, err := WriteTemplates(dir)
	if err != nil || len(again) != 0 || len(clashes2) != len(all) {
		t.Errorf("second run wrote %v, clashes %v, err %v", again, clashes2, err)
	}
}

func TestWriteTemplatesByName(t *testing.T) {
	dir := t.TempDir()
	written, clashes, err := WriteTemplates(dir, "gist", "xpost", "youtube")
	want := []string{
		filepath.Join(dir, "layouts", "_shortcodes", "gist.html"),
		filepath.Join(dir, "layouts", "_shortcodes", "xpost.html"),
	}
	if err != nil || len(clashes) != 0 || strings.Join(written, ",") != strings.Join(want, ",") {
		t.Errorf("WriteTemplates(dir, gist, xpost, youtube) = %v, %v, %v; want %v (youtube is Hugo's own)", written, clashes, err, want)
	}
}

// TestMissingTemplates checks that MissingTemplates lists what
// WriteTemplates then writes, and the clashes, writing nothing itself.
func TestMissingTemplates(t *testing.T) {
	dir := t.TempDir()
	own := filepath.Join(dir, "themes", "t", "layouts", "shortcodes", "gist.en.html")
	if err := os.MkdirAll(filepath.Dir(own), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(own, []byte("mine"), 0o644); err != nil {
		t.Fatal(err)
	}
	missing, clashes, err := MissingTemplates(dir, "gist", "xpost", "speakerdeck")
	want := []string{
		filepath.Join(dir, "layouts", "_shortcodes", "speakerdeck.html"),
		filepath.Join(dir, "layouts", "_shortcodes", "xpost.html"),
	}
	if err != nil || !slices.Equal(missing, want) || !slices.Equal(clashes, []string{own}) {
		t.Errorf("MissingTemplates = %v, %v, %v; want %v, [%s]", missing, clashes, err, want, own)
	}
	if _, err := os.Stat(filepath.Join(dir, "layouts")); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("MissingTemplates created layouts/: %v", err)
	}
	written, clashes2, err := WriteTemplates(dir, "gist", "xpost", "speakerdeck")
	if err != nil || !slices.Equal(written, missing) || !slices.Equal(clashes2, clashes) {
		t.Errorf("WriteTemplates = %v, %v, %v; want what MissingTemplates said: %v, %v", written, clashes2, err, missing, clashes)
	}
	if missing, _, _ := MissingTemplates(dir, "gist", "xpost", "speakerdeck"); len(missing) != 0 {
		t.Errorf("after WriteTemplates, still missing: %v", missing)
	}
}
