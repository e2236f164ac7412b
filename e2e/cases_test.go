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
	Known: map[string][]string{
		"embed: embed.Default() does not hold the long-tail providers (prov's Bluesky, Canva, Google Maps, LinkedIn), which the README's Providers table lists as on by default": {
			"about-us/strategic-plan/_index.md embed canva.com /design/DAG9vocjfW8/a0YscUirz2O2OMMrm8ldYA/view?embed",
			"posts/2018/08/2018-08-01-seventy-one-and-counting.md embed google.com /maps/d/embed?mid=1MiFSA6XO1KHmUuUwiP4VXnOSHlIhAXPW",
			"posts/2025/07/spotlight-series-aus-nz.md embed bluesky at://did:plc:wks7m2r2wtveh4nzyw4hsocs/app.bsky.feed.post/3ltkzovdtps2z",
			"posts/2025/07/spotlight-series-aus-nz.md embed linkedin.com /embed/feed/update/urn:li:share:7345560325003321347?collapsed=1",
			"posts/2025/10/subcommunity_spotlight-Africa.md embed bluesky at://did:plc:reamkuxr6f63i5foyzo4b4pl/app.bsky.feed.post/3m2r3msz2q225",
			"posts/2025/10/subcommunity_spotlight-Africa.md embed bluesky at://did:plc:esvg6tmrcwovdqxpm37xprvx/app.bsky.feed.post/3lsvdksy4hk2r",
			"posts/2026/01/carpentriesoffline.md embed linkedin.com /embed/feed/update/urn:li:share:7335983695423500288?collapsed=1",
			"posts/2026/01/carpentriesoffline.md embed linkedin.com /embed/feed/update/urn:li:share:7311451836136255488?collapsed=1",
		},
		"embed (flickr): a photo, <a data-flickr-embed> and its embedr script, is left; even with the provider in the registry, Rewrite reports \"stray Flickr script: no embed before it to serve\"": {
			"posts/2018/09/carpentrycon-call.md embed flickr 42464775482",
			"posts/2018/09/carpentrycon-call.md embed flickr 42464479942",
			"posts/2018/09/carpentrycon-call.md embed flickr 42464629032",
			"posts/2018/09/carpentrycon-call.md embed flickr 27645856217",
			"posts/2018/09/join-cctf.md embed flickr 40708346970",
		},
	},
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
	Known: map[string][]string{
		"embed: around each converted video, the wrapper <div> and the credit <p> (title, author and host, linked) stay raw HTML, which Hugo omits: the credits vanish": {
			"_pages/videos.md raw HTML",
			"_pages/videos.md text",
		},
	},
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
