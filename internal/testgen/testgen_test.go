package testgen_test

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/text"

	"github.com/hugofmt/hugofmt/frontmatter"
	"github.com/hugofmt/hugofmt/internal/hugotest"
	"github.com/hugofmt/hugofmt/internal/testgen"
)

// corpus generates posts [0, n) of seed 1.
func corpus(n int) ([][]byte, []testgen.Info) {
	g := testgen.New(testgen.Config{Seed: 1})
	posts := make([][]byte, n)
	infos := make([]testgen.Info, n)
	for i := range n {
		posts[i], infos[i] = g.Post(nil, i)
	}
	return posts, infos
}

// TestDeterministic checks that a seed and an index give the same bytes
// however the posts are generated, and that the bytes are those this
// generator has always written: a changed hash means benchmarks now run
// on another corpus, so update it only on purpose.
func TestDeterministic(t *testing.T) {
	const n = 300
	posts, _ := corpus(n)
	g := testgen.New(testgen.Config{Seed: 1})
	var buf []byte
	for i := n - 1; i >= 0; i-- { // in reverse, reusing one buffer
		buf, _ = g.Post(buf[:0], i)
		if !bytes.Equal(buf, posts[i]) {
			t.Fatalf("post %d differs when generated again", i)
		}
	}

	other, _ := testgen.New(testgen.Config{Seed: 2}).Post(nil, 0)
	if bytes.Equal(other, posts[0]) {
		t.Error("seeds 1 and 2 give the same post 0")
	}

	h := sha256.New()
	for _, p := range posts {
		h.Write(p)
	}
	const want = "92fb602a525a05a90f01a87714d64dd02f9f934e56160d2f0e301f234f19e622"
	if got := hex.EncodeToString(h.Sum(nil)); got != want {
		t.Errorf("posts 0-%d of seed 1 hash to %s, want %s", n-1, got, want)
	}
}

// TestMix checks the proportions the issue asks for.
func TestMix(t *testing.T) {
	posts, infos := corpus(4000)
	sum := testgen.NewSummary()
	for i := range posts {
		sum.Add(posts[i], infos[i])
	}
	share := func(n int) float64 { return float64(n) / float64(sum.Posts) }
	for _, c := range []struct {
		what      string
		got, want float64
		tolerance float64
	}{
		{"YAML", share(sum.Formats[testgen.YAML]), 0.55, 0.025},
		{"TOML", share(sum.Formats[testgen.TOML]), 0.33, 0.025},
		{"JSON", share(sum.Formats[testgen.JSON]), 0.08, 0.015},
		{"no front matter", share(sum.Formats[testgen.None]), 0.04, 0.01},
		{"CRLF", share(sum.CRLF), 0.05, 0.01},
		{"BOM", share(sum.BOM), 0.02, 0.007},
		{"Japanese", share(sum.Japanese), 0.30, 0.03},
		{"mean size in KB", float64(sum.Bytes) / float64(sum.Posts) / 1000, 8.5, 0.5},
	} {
		if math.Abs(c.got-c.want) > c.tolerance {
			t.Errorf("%s: %.3f, want %.3f ± %.3f", c.what, c.got, c.want, c.tolerance)
		}
	}
	if share(sum.Embeds) < 1 || share(sum.InCode) < 0.1 {
		t.Errorf("%d embeds and %d look-alikes in code in %d posts: too few", sum.Embeds, sum.InCode, sum.Posts)
	}
}

// TestPostsAreWhatInfoSays checks each post against its Info: the front
// matter Hugo's rules find, the BOM and line endings, where the embeds are.
func TestPostsAreWhatInfoSays(t *testing.T) {
	posts, infos := corpus(1500)
	paths := map[string]bool{}
	for i, src := range posts {
		info := infos[i]
		if paths[info.Path] || !strings.HasPrefix(info.Path, "content/") || !strings.HasSuffix(info.Path, ".md") {
			t.Fatalf("post %d: path %q is a duplicate or not a content file", i, info.Path)
		}
		paths[info.Path] = true
		if got := bytes.HasPrefix(src, []byte("\ufeff")); got != info.BOM {
			t.Errorf("%s: BOM %v, Info says %v", info.Path, got, info.BOM)
		}
		if crlf, lf := bytes.Count(src, []byte("\r\n")), bytes.Count(src, []byte("\n")); info.CRLF && crlf != lf || !info.CRLF && crlf != 0 {
			t.Errorf("%s: %d CRLF for %d LF, Info says CRLF %v", info.Path, crlf, lf, info.CRLF)
		}
		d, err := frontmatter.Parse(src)
		if err != nil {
			t.Fatalf("%s: %v", info.Path, err)
		}
		if string(d.Format()) != string(info.Format) {
			t.Errorf("%s: front matter %q, Info says %q", info.Path, d.Format(), info.Format)
		}
		if info.Format == testgen.JSON {
			var m map[string]any
			if err := json.Unmarshal(d.Raw(), &m); err != nil {
				t.Errorf("%s: JSON front matter: %v", info.Path, err)
			}
		}
		lines := bytes.Split(src, []byte("\n"))
		for _, e := range info.Embeds {
			at := lines[e.Line-1][e.Col-1:]
			if !bytes.HasPrefix(at, []byte("<")) && !bytes.HasPrefix(at, []byte("{{</*")) {
				t.Errorf("%s:%d:%d: %s/%s in %s: the text there is %.30q", info.Path, e.Line, e.Col, e.Provider, e.Form, e.Context, at)
			}
		}
	}
}

// TestEveryFormInEveryPlace checks that a corpus of a few thousand posts
// holds every embed form, and every provider in every place Hugo renders
// HTML and inside code.
func TestEveryFormInEveryPlace(t *testing.T) {
	posts, infos := corpus(3000)
	sum := testgen.NewSummary()
	providerIn := map[string]bool{}
	for i := range posts {
		sum.Add(posts[i], infos[i])
		for _, e := range infos[i].Embeds {
			place := e.Context
			if place.Code() {
				place = "code"
			}
			providerIn[e.Provider+" in "+string(place)] = true
		}
	}
	for _, f := range testgen.Forms() {
		if sum.Forms[f] == 0 {
			t.Errorf("no %s embed outside code", f)
		}
	}
	for p := range sum.ByProvider {
		for _, c := range []testgen.Context{testgen.TopLevel, testgen.InList, testgen.InQuote, testgen.AfterText, "code"} {
			if !providerIn[p+" in "+string(c)] {
				t.Errorf("no %q embed in %s", p, c)
			}
		}
	}
	for _, c := range []testgen.Context{testgen.InFence, testgen.InIndented, testgen.InCodeSpan, testgen.InComment, testgen.InHighlight, testgen.Escaped} {
		if sum.ByContext[c] == 0 {
			t.Errorf("no look-alike in %s", c)
		}
	}
}

// TestHugoBuildsTheSite builds a generated site with Hugo (see
// internal/hugotest), and checks that every post becomes a page.
func TestHugoBuildsTheSite(t *testing.T) {
	const n = 200
	site := hugotest.NewSite(t, map[string]string{
		"layouts/single.html": "<article class=\"single\"><h1>{{ .Title }}</h1>\n{{ .Content }}</article>\n",
		"layouts/list.html":   "{{ range .Pages }}{{ .Title }}\n{{ end }}",
	})
	dir := site.Dir
	if _, err := testgen.New(testgen.Config{Seed: 1}).WriteSite(dir, n); err != nil {
		t.Fatal(err)
	}
	if log, err := site.Build("--buildDrafts", "--buildFuture", "--buildExpired", "--quiet"); err != nil {
		t.Fatalf("hugo: %v\n%s", err, log)
	}
	pages := 0
	err := filepath.WalkDir(filepath.Join(dir, "public"), func(path string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() || d.Name() != "index.html" {
			return err
		}
		b, err := os.ReadFile(path)
		if bytes.Contains(b, []byte(`<article class="single">`)) {
			pages++
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	if pages != n {
		t.Errorf("hugo made %d pages of %d posts", pages, n)
	}
}

// TestFormsExpand checks that every placeholder of every form is filled.
func TestFormsExpand(t *testing.T) {
	posts, _ := corpus(2000)
	for _, src := range posts {
		for _, name := range []string{"{hex", "{num", "{url", "{lower", "{upper", "{alnum", "{title}", "{user}", "{name}", "{text}", "{slug}", "{date}"} {
			if i := bytes.Index(src, []byte(name)); i >= 0 {
				t.Fatalf("placeholder left: %.60q", src[i:])
			}
		}
	}
}

func ExampleGenerator_Post() {
	g := testgen.New(testgen.Config{Seed: 1})
	src, info := g.Post(nil, 16)
	fmt.Println(info.Path)
	fmt.Println(info.Format, info.Lang, len(src), "bytes")
	for _, e := range info.Embeds {
		fmt.Printf("%d:%d %s/%s in %s\n", e.Line, e.Col, e.Provider, e.Form, e.Context)
	}
	// Output:
	// content/posts/2019/like-much-other-000016.md
	// toml en 6905 bytes
	// 37:1 youtube/start in top
	// 71:3 x/noscript in list
	// 86:1 x/multiline in fenced-code
	// 98:1 slideshare/iframe in top
}

// TestContextsAreWhatGoldmarkSees checks where each embed landed against
// goldmark, the Markdown parser Hugo renders with: the embeds Hugo renders
// are raw HTML, and the look-alikes are code or comments. Escaped and
// highlight shortcodes are Hugo's business, not Markdown's, and are skipped.
func TestContextsAreWhatGoldmarkSees(t *testing.T) {
	posts, infos := corpus(1000)
	md := goldmark.New()
	for i, src := range posts {
		d, err := frontmatter.Parse(src)
		if err != nil {
			t.Fatal(err)
		}
		body := d.Body()
		spans := map[string][]text.Segment{} // what the body holds, by kind
		doc := md.Parser().Parse(text.NewReader(body))
		err = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
			if !entering {
				return ast.WalkContinue, nil
			}
			switch n := n.(type) {
			case *ast.FencedCodeBlock, *ast.CodeBlock:
				spans["code"] = append(spans["code"], segments(n.Lines())...)
			case *ast.HTMLBlock:
				kind := "html"
				if n.HTMLBlockType == ast.HTMLBlockType2 {
					kind = "comment"
				}
				spans[kind] = append(spans[kind], segments(n.Lines())...)
			case *ast.RawHTML:
				spans["html"] = append(spans["html"], segments(n.Segments)...)
			case *ast.CodeSpan:
				for c := n.FirstChild(); c != nil; c = c.NextSibling() {
					if t, ok := c.(*ast.Text); ok {
						spans["code"] = append(spans["code"], t.Segment)
					}
				}
			}
			return ast.WalkContinue, nil
		})
		if err != nil {
			t.Fatal(err)
		}
		lineStarts := []int{0}
		for j, c := range src {
			if c == '\n' {
				lineStarts = append(lineStarts, j+1)
			}
		}
		for _, e := range infos[i].Embeds {
			want := map[testgen.Context]string{testgen.InFence: "code", testgen.InIndented: "code", testgen.InCodeSpan: "code", testgen.InComment: "comment"}[e.Context]
			switch {
			case e.Context == testgen.InHighlight || e.Context == testgen.Escaped:
				continue
			case !e.Context.Code():
				want = "html"
			}
			at := lineStarts[e.Line-1] + e.Col - 1 - d.BodyOffset()
			if !within(spans[want], at) {
				t.Errorf("%s:%d:%d: %s/%s in %s: goldmark does not see %s there", infos[i].Path, e.Line, e.Col, e.Provider, e.Form, e.Context, want)
			}
		}
	}
}

// segments returns the segments of s.
func segments(s *text.Segments) []text.Segment {
	out := make([]text.Segment, s.Len())
	for i := range out {
		out[i] = s.At(i)
	}
	return out
}

// within reports whether offset is inside one of spans.
func within(spans []text.Segment, offset int) bool {
	for _, s := range spans {
		if s.Start <= offset && offset < s.Stop {
			return true
		}
	}
	return false
}
