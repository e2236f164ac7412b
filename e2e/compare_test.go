package e2e

import (
	"maps"
	"slices"
	"strings"
	"testing"
	"time"
)

// site returns pages by file, each a clone of p with its own maps, so that
// a test can change the AFTER site without touching the BEFORE one.
func site(pages ...*Page) map[string]*Page {
	m := map[string]*Page{}
	for _, p := range pages {
		c := *p
		c.Meta = maps.Clone(p.Meta)
		c.Embeds = append([]Embed(nil), p.Embeds...)
		m[p.File] = &c
	}
	return m
}

var (
	deck  = Embed{Provider: "speakerdeck", ID: "3b6f", Options: "slide=4"}
	video = Embed{Provider: "youtube", ID: "dQw4w9WgXcQ", Options: "start=42"}
	post  = Embed{Provider: "x", ID: "42", Text: "Hugo is fast.", Quote: "Hugo is fast. — Ann (@ann) May 1, 2021"}
	talk  = &Page{
		File:   "posts/talk.md",
		Meta:   map[string]string{"title": `"Talk"`, "date": `"2019-08-07T16:00:00+09:00"`, "params.tags": `["a"]`},
		Embeds: []Embed{deck, video, post},
	}
	// jekyll is a page with Jekyll's keys, as Hugo reads them.
	jekyll = &Page{
		File: "posts/jekyll.md",
		Meta: map[string]string{
			"relPermalink": `"/posts/jekyll/"`, "draft": "false",
			"params.permalink": `"/2015/11/slides/"`, "params.category": `"talks"`,
			"params.published": "true", "params.draft": "false",
		},
	}
	// credits is a page whose video has a credit line.
	credits = &Page{File: "posts/videos.md", Words: strings.Fields("Videos Rails Girls from Nais on Vimeo. More")}
	// haskell is a page whose date Hugo could not parse, as Hugo leaves it.
	haskell = &Page{
		File: "posts/day.md",
		Meta: map[string]string{
			"date": zeroDate, "lastmod": zeroDate,
			"params.date": `"November 29, 2019"`,
			"params.tags": `"Windows, TidalCycles"`, "terms.tags": `["/tags/windows,-tidalcycles"]`,
		},
	}
)

func TestCompare(t *testing.T) {
	tests := []struct {
		name    string
		before  map[string]*Page
		change  func(after map[string]*Page)
		rules   map[string][]string
		rawHTML bool
		today   map[string]*Page
		// fail and pass are the differences expected, as "PAGE WHAT", by
		// verdict, sorted.
		fail, pass []string
	}{{
		name:   "the same site",
		before: site(talk, haskell),
		change: func(map[string]*Page) {},
	}, {
		name:   "an embed dropped",
		before: site(talk),
		change: func(a map[string]*Page) { a[talk.File].Embeds = []Embed{deck, post} },
		fail:   []string{"posts/talk.md embed youtube dQw4w9WgXcQ start=42"},
	}, {
		name:   "an embed with another start, a post without its text",
		before: site(talk),
		change: func(a map[string]*Page) {
			a[talk.File].Embeds = []Embed{deck, {Provider: "youtube", ID: video.ID}, {Provider: "x", ID: post.ID}}
		},
		fail: []string{"posts/talk.md embed x 42 text", "posts/talk.md embed youtube dQw4w9WgXcQ options"},
	}, {
		name:   "a post's words curled by Hugo's typographer, its attribution rewritten",
		before: site(&Page{File: "posts/q.md", Embeds: []Embed{{Provider: "x", ID: "7", Text: `I didn't say "fast"... -- Ann`, Quote: "I didn't say \"fast\"... -- Ann — Ann (@ann) May 1"}}}),
		change: func(a map[string]*Page) {
			a["posts/q.md"].Embeds[0].Quote = "I didn’t say “fast”… – Ann Ann (@ann) on X, May 1"
		},
	}, {
		name:   "an embed out of code",
		before: site(talk),
		change: func(a map[string]*Page) {
			a[talk.File].Embeds = append(a[talk.File].Embeds, Embed{Provider: "gist", ID: "abc"})
		},
		fail: []string{"posts/talk.md embed gist abc"},
	}, {
		name:   "embeds in another order",
		before: site(talk),
		change: func(a map[string]*Page) { a[talk.File].Embeds = []Embed{post, video, deck} },
	}, {
		name:   "metadata changed with no rule to account for it",
		before: site(talk),
		change: func(a map[string]*Page) {
			a[talk.File].Meta["date"] = `"2019-08-07T16:00:00Z"`
			a[talk.File].Meta["params.tags"] = `["A"]`
			a[talk.File].Meta["params.extra"] = `true`
		},
		rules: map[string][]string{talk.File: {"dates", "taxonomies"}},
		fail:  []string{"posts/talk.md date", "posts/talk.md params.extra", "posts/talk.md params.tags"},
	}, {
		name:   "a date Hugo could not parse, read by the dates rule",
		before: site(haskell),
		change: func(a map[string]*Page) {
			a[haskell.File].Meta["date"] = `"2019-11-29T00:00:00Z"`
			a[haskell.File].Meta["lastmod"] = `"2019-11-29T00:00:00Z"`
			a[haskell.File].Meta["params.date"] = `"2019-11-29T00:00:00Z"`
			a[haskell.File].Meta["params.lastmod"] = `"2019-11-29T00:00:00Z"`
		},
		rules: map[string][]string{haskell.File: {"dates"}},
		pass:  []string{"posts/day.md date", "posts/day.md lastmod", "posts/day.md params.date", "posts/day.md params.lastmod"},
	}, {
		name:   "the same, but the rule did not say it changed the file",
		before: site(haskell),
		change: func(a map[string]*Page) { a[haskell.File].Meta["date"] = `"2019-11-29T00:00:00Z"` },
		fail:   []string{"posts/day.md date"},
	}, {
		name:   "a date read wrong",
		before: site(haskell),
		change: func(a map[string]*Page) { a[haskell.File].Meta["date"] = `"2019-11-29T00:00:00+09:00"` },
		rules:  map[string][]string{haskell.File: {"dates"}},
		fail:   []string{"posts/day.md date"},
	}, {
		name:   "terms split by the taxonomies rule",
		before: site(haskell),
		change: func(a map[string]*Page) {
			a[haskell.File].Meta["params.tags"] = `["Windows","TidalCycles"]`
			a[haskell.File].Meta["terms.tags"] = `["/tags/windows","/tags/tidalcycles"]`
		},
		rules: map[string][]string{haskell.File: {"taxonomies"}},
		pass:  []string{"posts/day.md params.tags", "posts/day.md terms.tags"},
	}, {
		name:   "terms split wrong",
		before: site(haskell),
		change: func(a map[string]*Page) {
			a[haskell.File].Meta["params.tags"] = `["Windows,","TidalCycles"]`
			a[haskell.File].Meta["terms.tags"] = `["/tags/windows,","/tags/tidalcycles"]`
		},
		rules: map[string][]string{haskell.File: {"taxonomies"}},
		fail:  []string{"posts/day.md params.tags", "posts/day.md terms.tags"},
	}, {
		name:   "Jekyll's keys renamed by the aliases rule",
		before: site(jekyll),
		change: func(a map[string]*Page) {
			m := a[jekyll.File].Meta
			delete(m, "params.permalink")
			delete(m, "params.category")
			delete(m, "params.published")
			m["params.url"] = `"/2015/11/slides/"`
			m["relPermalink"] = `"/2015/11/slides/"`
			m["params.categories"] = `["talks"]`
			m["terms.categories"] = `["/categories/talks"]`
		},
		rules: map[string][]string{jekyll.File: {"aliases"}},
		pass: []string{
			"posts/jekyll.md params.categories", "posts/jekyll.md params.category",
			"posts/jekyll.md params.permalink", "posts/jekyll.md params.published",
			"posts/jekyll.md params.url", "posts/jekyll.md relPermalink", "posts/jekyll.md terms.categories",
		},
	}, {
		name:   "a permalink moved, the URL not following",
		before: site(jekyll),
		change: func(a map[string]*Page) {
			m := a[jekyll.File].Meta
			delete(m, "params.permalink")
			m["params.url"] = `"/2015/11/slides/"`
			m["relPermalink"] = `"/2015/11/other/"`
		},
		rules: map[string][]string{jekyll.File: {"aliases"}},
		pass:  []string{"posts/jekyll.md params.permalink", "posts/jekyll.md params.url"},
		fail:  []string{"posts/jekyll.md relPermalink"},
	}, {
		name:   "raw HTML omitted, strict",
		before: site(talk),
		change: func(a map[string]*Page) { a[talk.File].Omitted = 2 },
		fail:   []string{"posts/talk.md raw HTML"},
	}, {
		name:    "raw HTML omitted, counted",
		before:  site(talk),
		change:  func(a map[string]*Page) { a[talk.File].Omitted = 2 },
		rawHTML: true,
	}, {
		name:   "words lost around a converted embed",
		before: site(credits),
		change: func(a map[string]*Page) { a[credits.File].Words = []string{"Videos", "More"} },
		fail:   []string{"posts/videos.md text"},
	}, {
		name:    "words Hugo drops from the original page today, where the case allows raw HTML",
		before:  site(credits),
		change:  func(a map[string]*Page) { a[credits.File].Words = []string{"Videos", "More"} },
		rawHTML: true,
		today:   site(&Page{File: credits.File, Words: []string{"Videos", "More"}}),
	}, {
		name:    "words lost beyond those",
		before:  site(credits),
		change:  func(a map[string]*Page) { a[credits.File].Words = []string{"More"} },
		rawHTML: true,
		today:   site(&Page{File: credits.File, Words: []string{"Videos", "More"}}),
		fail:    []string{"posts/videos.md text"},
	}, {
		name:   "a page lost, a page made",
		before: site(talk),
		change: func(a map[string]*Page) {
			a["posts/new.md"] = a[talk.File]
			delete(a, talk.File)
		},
		fail: []string{"posts/new.md page", "posts/talk.md page"},
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			after := site(mapValues(tt.before)...)
			tt.change(after)
			r := &Report{Case: "test"}
			r.compare(tt.today, tt.before, after, tt.rules, tt.rawHTML)
			var fail, pass []string
			for _, d := range r.Differences {
				if d.Failed() {
					fail = append(fail, d.Page+" "+d.What)
				} else {
					pass = append(pass, d.Page+" "+d.What)
				}
			}
			slices.Sort(fail)
			slices.Sort(pass)
			if strings.Join(fail, "\n") != strings.Join(tt.fail, "\n") || strings.Join(pass, "\n") != strings.Join(tt.pass, "\n") {
				t.Errorf("failures:\n\t%s\nwant\n\t%s\naccepted:\n\t%s\nwant\n\t%s\nreport:\n%s",
					strings.Join(fail, "\n\t"), strings.Join(tt.fail, "\n\t"),
					strings.Join(pass, "\n\t"), strings.Join(tt.pass, "\n\t"), r)
			}
		})
	}
}

func mapValues(m map[string]*Page) []*Page {
	var ps []*Page
	for _, p := range m {
		ps = append(ps, p)
	}
	return ps
}

// TestReportTable checks that a failure reads as a row naming the page,
// the embed and the verdict.
func TestReportTable(t *testing.T) {
	before := site(talk)
	after := site(talk)
	after[talk.File].Embeds = []Embed{video, post}
	r := &Report{Case: "sample site"}
	r.compare(nil, before, after, nil, false)
	got := r.String()
	for _, want := range []string{
		"sample site: 1 pages compared; embeds 3 before, 2 after (0 show today); 0 documented rule effects; 1 failures\n",
		"PAGE", "WHAT", "BEFORE", "AFTER", "VERDICT",
		"posts/talk.md  embed speakerdeck 3b6f slide=4  shown   missing  FAIL",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("report lacks %q:\n%s", want, got)
		}
	}
}

func TestCheckRefused(t *testing.T) {
	var r Report
	r.checkRefused(
		[]string{"not a parsable date", `"gist" shortcode was deprecated`},
		[]string{
			`the "date" front matter field is not a parsable date: see content/a.md`,
			`template for shortcode "note" not found`,
		},
		[]string{
			`the "date" front matter field is not a parsable date: see content/a.md`,
			`failed to render shortcode "x"`,
		})
	var notes []string
	for _, d := range r.Failures() {
		notes = append(notes, d.Before+": "+d.Note)
	}
	want := []string{
		`unexpected error on TODAY: template for shortcode "note" not found`,
		`unexpected error on BEFORE: failed to render shortcode "x"`,
		`no error: the case expects Hugo to log "\"gist\" shortcode was deprecated" on the original content`,
	}
	if strings.Join(notes, "\n") != strings.Join(want, "\n") {
		t.Errorf("failures:\n%s\nwant\n%s", strings.Join(notes, "\n"), strings.Join(want, "\n"))
	}
}

func TestSplitList(t *testing.T) {
	for in, want := range map[string][]string{
		"ruby jekyll":           {"ruby", "jekyll"},
		"Windows, TidalCycles":  {"Windows", "TidalCycles"},
		"a b, c d,, a b":        {"a b", "c d"},
		"  go  go  hugo ":       {"go", "hugo"},
		"":                      nil,
		"static site generator": {"static", "site", "generator"},
	} {
		if got := splitList(in); !slices.Equal(got, want) {
			t.Errorf("splitList(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestReadDate(t *testing.T) {
	for in, want := range map[string]string{
		"November 29, 2019":   "2019-11-29T00:00:00Z",
		"Dec 25, 2017":        "2017-12-25T00:00:00Z",
		"2017/11/12 10:30":    "2017-11-12T10:30:00Z",
		"2 January 2006":      "2006-01-02T00:00:00Z",
		"next Tuesday":        "",
		"2019-11-29T00:00:00": "", // Hugo reads it: not the rule's business
	} {
		got, ok := readDate(in)
		if s := got.Format(time.RFC3339); ok != (want != "") || ok && s != want {
			t.Errorf("readDate(%q) = %s, %t; want %q", in, s, ok, want)
		}
	}
}

func TestClipPair(t *testing.T) {
	long := strings.Repeat("word ", 20)
	for _, tt := range []struct{ before, after, wantBefore, wantAfter string }{
		{"", "x", "-", "x"},
		{"short", long, "short", long[:59] + "…"},
		{long + "one", long + "two", "…word word one", "…word word two"},
	} {
		b, a := clipPair(tt.before, tt.after)
		if b != tt.wantBefore || a != tt.wantAfter {
			t.Errorf("clipPair(%q, %q) = %q, %q; want %q, %q", tt.before, tt.after, b, a, tt.wantBefore, tt.wantAfter)
		}
	}
}

func TestTriage(t *testing.T) {
	r := &Report{Differences: []Difference{
		{Page: "a.md", What: "embed flickr 1"},
		{Page: "a.md", What: "embed flickr 2"},
		{Page: "b.md", What: "raw HTML"},
		{Page: "b.md", What: "text", Before: "from Nais"},
		{Page: "b.md", What: "text", Before: "on Vimeo"},
		{Page: "b.md", What: "params.tags", Rule: "taxonomies"},
		{What: "hugo error", Note: "boom"},
	}}
	unknown, gone := r.Triage(map[string][]string{
		"embed: Flickr photos are left": {"a.md embed flickr 1", "a.md embed flickr 2", "a.md embed flickr 3"},
		"embed: wrappers stay raw":      {"b.md raw HTML", "b.md text"},
	})
	var keys []string
	for _, d := range unknown {
		keys = append(keys, d.Key())
	}
	if !slices.Equal(keys, []string{"hugo error"}) || !slices.Equal(gone, []string{"a.md embed flickr 3"}) {
		t.Errorf("Triage = %q, %q; want [hugo error], [a.md embed flickr 3]", keys, gone)
	}
}

func TestLostText(t *testing.T) {
	before := strings.Fields("Videos Rails Girls Brno from Rails Girls CZ on Vimeo. Rails Girls Berlin")
	after := strings.Fields("Videos Rails Girls Brno Rails Girls Berlin")
	if got, want := lostText(before, after, nil), []string{"from Rails Girls CZ on Vimeo."}; !slices.Equal(got, want) {
		t.Errorf("lostText = %q, want %q", got, want)
	}
	if got, want := lostText(before, after, []int{8, 9}), []string{"from Rails Girls CZ"}; !slices.Equal(got, want) {
		t.Errorf("lostText, on Vimeo. excused = %q, want %q", got, want)
	}
	dashes := strings.Fields("a -- b --- c")
	if got, want := lostText(dashes, strings.Fields("a c"), nil), []string{"-- b ---"}; !slices.Equal(got, want) {
		t.Errorf("lostText of dashes = %q, want %q (a deleted \"--\" reads \"---\" in a diff)", got, want)
	}
	if got := lostText(before, before, nil); got != nil {
		t.Errorf("lostText of a page and itself = %q, want none", got)
	}
	if got, want := dropped(before, nil), len(before); len(got) != want {
		t.Errorf("dropped(before, nil) has %d words, want %d", len(got), want)
	}
}
