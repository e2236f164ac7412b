package frontmatter

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/hugofmt/hugofmt/internal/corpus"
	"github.com/hugofmt/hugofmt/internal/hugotest"
)

// haskellJPDir holds the posts of haskell-jp/blog, a Hakyll site whose
// dates ("November 12, 2017") Hugo v0.160 refuses.
const haskellJPDir = "haskell-jp__blog/preprocessed-site/posts/"

// haskellJPPosts returns the posts of haskell-jp/blog by path relative to
// haskellJPDir, or skips the test when the corpus is absent.
func haskellJPPosts(t *testing.T) map[string][]byte {
	t.Helper()
	posts := map[string][]byte{}
	for path, src := range corpus.Files(t, "..") {
		if rel, ok := strings.CutPrefix(path, haskellJPDir); ok {
			posts[rel] = src
		}
	}
	if len(posts) == 0 {
		t.Fatalf("no posts in %s", haskellJPDir)
	}
	return posts
}

// writtenDay is the date line of a haskell-jp post read independently of
// the rules: Hakyll writes "%B %e, %Y", a day, which Hugo would read as
// midnight in the site's time zone (UTC by default).
var writtenDay = regexp.MustCompile(`(?m)^date:[ \t]*(.+?)[ \t]*\r?$`)

func authorDate(t *testing.T, path string, src []byte) time.Time {
	t.Helper()
	m := writtenDay.FindSubmatch(src)
	if m == nil {
		t.Fatalf("%s: no date line", path)
	}
	day, err := time.Parse("January 2, 2006", string(m[1]))
	if err != nil {
		t.Fatalf("%s: date %q is not in Hakyll's form: %v", path, m[1], err)
	}
	return day
}

// TestRulesHaskellJPDates checks, with Hugo's date rules replicated, that
// Hugo refuses the dates of every haskell-jp post before the preset, and
// reads each one after it as the day its author wrote.
func TestRulesHaskellJPDates(t *testing.T) {
	preset, _ := RulesByName(HugoPreset)
	for path, src := range haskellJPPosts(t) {
		want := authorDate(t, path, src)
		d, err := Parse(src)
		if err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		fm, err := hugoDecode(d.Format(), d.Raw())
		if err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		if before := readHugoPage(fm, time.UTC, nil); len(before.DateErrors) == 0 {
			t.Errorf("%s: Hugo reads the date before the preset: %v", path, before.Dates)
		}
		res, err := applyToBytes(src, Config{}, preset)
		if err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		d, err = Parse(res.Out)
		if err != nil {
			t.Fatalf("%s: result: %v", path, err)
		}
		fm, err = hugoDecode(d.Format(), d.Raw())
		if err != nil {
			t.Fatalf("%s: Hugo cannot decode the result: %v\n%s", path, err, d.Raw())
		}
		after := readHugoPage(fm, time.UTC, nil)
		if len(after.DateErrors) > 0 {
			t.Errorf("%s: Hugo still refuses %v after the preset:\n%s", path, after.DateErrors, d.Raw())
		}
		for _, field := range []string{"date", "lastmod", "publishdate"} {
			if got := after.Dates[field]; !got.Equal(want) {
				t.Errorf("%s: Hugo reads %s as %v, the author wrote %v", path, field, got, want)
			}
		}
	}
}

// TestRulesHaskellJPHugoBuild builds haskell-jp's posts with Hugo, before
// and after the hugo preset: before, Hugo fails on their dates; after, it
// builds every page, and each page's date is the day its author wrote.
func TestRulesHaskellJPHugoBuild(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a site with hugo")
	}
	posts := haskellJPPosts(t)
	preset, _ := RulesByName(HugoPreset)

	log, err := datedSite(t, posts).Build()
	if err == nil || !strings.Contains(log, "not a parsable date") {
		t.Errorf("hugo built the posts as they are; want it to fail on their dates:\n%s", log)
	}

	fixed := map[string][]byte{}
	for path, src := range posts {
		res, err := applyToBytes(src, Config{}, preset)
		if err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		fixed[path] = res.Out
	}
	after := datedSite(t, fixed)
	if log, err := after.Build(); err != nil || strings.Contains(log, "ERROR") {
		t.Fatalf("hugo fails on the normalized posts: %v\n%s", err, log)
	}
	for path, src := range posts {
		page := filepath.Join(after.Dir, "public", "posts", strings.TrimSuffix(path, ".md"), "index.html")
		out, err := os.ReadFile(page)
		if err != nil {
			t.Errorf("%s: Hugo built no page: %v", path, err)
			continue
		}
		got, err := time.Parse(time.RFC3339, strings.TrimSpace(string(out)))
		if err != nil {
			t.Errorf("%s: page says %q: %v", path, out, err)
			continue
		}
		if want := authorDate(t, path, src); !got.Equal(want) {
			t.Errorf("%s: Hugo dates the page %v, the author wrote %v", path, got, want)
		}
	}
}

// datedSite returns a site holding posts under content/posts, whose page
// template prints the page's date.
func datedSite(t *testing.T, posts map[string][]byte) *hugotest.Site {
	t.Helper()
	files := map[string]string{
		"hugo.toml":         "baseURL = 'https://example.org/'\ndisableKinds = ['home', 'section', 'taxonomy', 'term', 'rss', 'sitemap', '404']\n",
		"layouts/page.html": `{{ .Date.Format "2006-01-02T15:04:05Z07:00" }}` + "\n",
	}
	for path, src := range posts {
		files["content/posts/"+filepath.ToSlash(path)] = string(src)
	}
	return hugotest.NewSite(t, files)
}
