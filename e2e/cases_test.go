package e2e

import "os"

// sampleSite is the sample site the README runs on. Its cndt2019.md is the
// seed post: 31 Speaker Deck scripts and 6 SlideShare iframes. Hugo refuses
// the Jekyll leftover "published: true" in from-jekyll.md, since it reads
// "published" as a date.
var sampleSite = Case{
	Name:    "sample site",
	Content: []Mount{{Source: "../testdata/site/content"}},
	Refused: []string{`the "published" front matter field is not a parsable date`},
}

// seedPost is the page of the sample site that holds the seed post.
const seedPost = "posts/cndt2019.md"

// gistSite uses Hugo's gist shortcode, which Hugo v0.156.0 removed: the
// BEFORE site renders it with a stand-in for the template Hugo shipped,
// the AFTER site with the one hugofmt writes.
var gistSite = Case{
	Name:    "gist shortcode",
	Content: []Mount{{Source: "testdata/gist/content"}},
	Refused: []string{`The "gist" shortcode was deprecated in v0.143.0 and removed`},
}

// corpus is the shared corpus of real posts, beside the checkout. It is not
// part of the repository, and is read-only in CI: the suite copies from it.
const corpus = "../../shared/corpus/"

// corpusCases are the sources of the shared corpus that Hugo can build
// without their themes, given the site parameters their posts read.
var corpusCases = []Case{{
	Name:    "hugodocs",
	Content: []Mount{{Source: corpus + "hugodocs/content/en"}},
}, {
	Name:    "carpentries__carpentries.org",
	Content: []Mount{{Source: corpus + "carpentries__carpentries.org/content"}},
	Config: `[params]
community_email = "community@carpentries.org"
handbook_url = "https://docs.carpentries.org"
`,
	RawHTML: "posts lay out pages with <table>, <p>, <br>, <img> and headings in HTML",
}, {
	Name:    "rachelandrew__grid-by-example",
	Content: []Mount{{Source: corpus + "rachelandrew__grid-by-example"}},
	RawHTML: "a quote holds <flex> as text, and posts/index.md a Liquid list of posts",
}, {
	// Two of its videos play from a lecture site no provider knows: the
	// generic iframe shortcode, which is opt-in, keeps them.
	Name:    "railsgirls-jp__railsgirls.jp",
	Content: []Mount{{Source: corpus + "railsgirls-jp__railsgirls.jp"}},
	Rules:   "hugo,embeds,iframes",
}, {
	// A Hakyll blog: Hugo refuses every post, on dates such as
	// "November 29, 2019".
	Name:    "haskell-jp__blog",
	Content: []Mount{{Source: corpus + "haskell-jp__blog/preprocessed-site/posts", Target: "posts"}},
	Refused: []string{`the "date" front matter field is not a parsable date`},
	RawHTML: "posts mark asides with <small> and carry <img> and <br>",
}}

// haveCorpus reports whether the shared corpus is beside the checkout.
func haveCorpus() bool {
	_, err := os.Stat(corpus)
	return err == nil
}
