package e2e

import (
	"slices"
	"strings"
	"testing"
)

func TestRead(t *testing.T) {
	tests := []struct {
		name    string
		html    string
		want    []Embed
		omitted int
		// words, when set, are the words the page shows outside its
		// embeds, joined by spaces.
		words string
	}{{
		name: "raw embeds as the sample site writes them",
		html: `<p>Talk:</p>
<script async class="speakerdeck-embed" data-slide="4" data-id="0123abcd" data-ratio="1.33" src="//speakerdeck.com/assets/embed.js"></script>
<iframe src="//www.slideshare.net/slideshow/embed_code/key/a1B2c3" width="595"></iframe>
<iframe src="https://www.youtube.com/embed/dQw4w9WgXcQ?start=42" allowfullscreen></iframe>
<iframe src="https://player.vimeo.com/video/76979871?h=ab12&amp;badge=0"></iframe>
<script src="https://gist.github.com/ada/0123abcd.js?file=hugo.toml"></script>`,
		words: "Talk:",
		want: []Embed{
			{Provider: "speakerdeck", ID: "0123abcd", Options: "slide=4"},
			{Provider: "slideshare", ID: "a1B2c3"},
			{Provider: "youtube", ID: "dQw4w9WgXcQ", Options: "start=42"},
			{Provider: "vimeo", ID: "76979871", Options: "h=ab12"},
			{Provider: "gist", ID: "0123abcd", Options: "file=hugo.toml"},
		},
	}, {
		name: "what Hugo's shortcodes render",
		html: `<div style="position: relative"><iframe allow="autoplay" src="https://www.youtube.com/embed/dQw4w9WgXcQ?autoplay=0&amp;controls=1&amp;end=0&amp;loop=0&amp;mute=0&amp;start=42"></iframe></div>
<blockquote class="instagram-media" data-instgrm-captioned data-instgrm-permalink="https://www.instagram.com/p/CAbCdEfGhIj" data-instgrm-version="14"><div><a href="https://www.instagram.com/p/CAbCdEfGhIj">View</a></div></blockquote><script async src="https://www.instagram.com/embed.js"></script>
<iframe src="https://speakerdeck.com/player/0123abcd?slide=1"></iframe>`,
		want: []Embed{
			{Provider: "youtube", ID: "dQw4w9WgXcQ", Options: "start=42"},
			{Provider: "instagram", ID: "CAbCdEfGhIj"},
			{Provider: "speakerdeck", ID: "0123abcd"},
		},
	}, {
		name: "an X post with its text, its loader ignored",
		html: `<blockquote class="twitter-tweet"><p lang="en" dir="ltr">Hugo builds my 3,000 pages
in under a second. <a href="https://t.co/x">pic.twitter.com/x</a></p>&mdash; Static Fan (@staticfan) <a href="https://twitter.com/staticfan/status/1371234567890123456?ref_src=twsrc%5Etfw">March 14, 2021</a></blockquote> <script async src="https://platform.twitter.com/widgets.js" charset="utf-8"></script>`,
		want: []Embed{{
			Provider: "x", ID: "1371234567890123456",
			Text:  "Hugo builds my 3,000 pages in under a second. pic.twitter.com/x",
			Quote: "Hugo builds my 3,000 pages in under a second. pic.twitter.com/x — Static Fan (@staticfan) March 14, 2021",
		}},
	}, {
		name: "an X post kept as a Markdown quote",
		html: `<blockquote>
<p>Hugo builds my 3,000 pages in under a second.</p>
<p>— Static Fan (@staticfan) <a href="https://x.com/staticfan/status/1371234567890123456">March 14, 2021</a></p>
</blockquote>`,
		want: []Embed{{
			Provider: "x", ID: "1371234567890123456",
			Text:  "Hugo builds my 3,000 pages in under a second.",
			Quote: "Hugo builds my 3,000 pages in under a second. — Static Fan (@staticfan) March 14, 2021",
		}},
	}, {
		name: "a quote around a post: the inner blockquote is the post",
		html: `<blockquote><p>As she said:</p><blockquote class="twitter-tweet"><p>Yes.</p><a href="https://twitter.com/a/status/42">date</a></blockquote></blockquote>`,
		want: []Embed{{Provider: "x", ID: "42", Text: "Yes.", Quote: "Yes. date"}},
	}, {
		name: "other providers",
		html: `<blockquote class="bluesky-embed" data-bluesky-uri="at://did:plc:abc/app.bsky.feed.post/3k"><p>Hi</p></blockquote>
<a data-flickr-embed="true" href="https://www.flickr.com/photos/ann/5123/in/album-1/"><img src="x.jpg"></a>
<iframe src="https://www.google.com/maps/embed?pb=abc"></iframe>`,
		want: []Embed{
			{Provider: "bluesky", ID: "at://did:plc:abc/app.bsky.feed.post/3k"},
			{Provider: "flickr", ID: "5123"},
			{Provider: "google.com", ID: "/maps/embed?pb=abc"},
		},
	}, {
		name: "code and omitted HTML are not embeds",
		html: `<pre><code>&lt;iframe src="https://www.youtube.com/embed/abc"&gt;&lt;/iframe&gt;
</code></pre><p>See <code>&lt;script src="https://gist.github.com/a/b.js"&gt;</code>.</p>
<!-- raw HTML omitted --><p>x<!-- raw HTML omitted --></p>
<blockquote><p>A plain quote with <a href="https://example.com/status/1">a link</a>.</p></blockquote>
<script src="https://cdn.example.com/plot.js">var x = 1;</script>`,
		omitted: 2,
		words:   `<iframe src="https://www.youtube.com/embed/abc"></iframe> See <script src="https://gist.github.com/a/b.js">. x A plain quote with a link.`,
	}, {
		name:  "words as a reader reads them, typography undone",
		html:  "<h2>It’s “done”…</h2><p>Rails Girls<br>from <a href=\"/n\">Nais</a>&nbsp;on <em>Vimeo</em>.</p><ul><li>one</li><li>two</li></ul>",
		words: `It's "done"... Rails Girls from Nais on Vimeo. one two`,
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := read(tt.html)
			if err != nil {
				t.Fatal(err)
			}
			if !slices.Equal(r.embeds, tt.want) {
				t.Errorf("embeds:\n got %#v\nwant %#v", r.embeds, tt.want)
			}
			if r.omitted != tt.omitted {
				t.Errorf("omitted = %d, want %d", r.omitted, tt.omitted)
			}
			if words := strings.Join(r.words, " "); tt.words != "" && words != tt.words {
				t.Errorf("words:\n got %s\nwant %s", words, tt.words)
			}
		})
	}
}
