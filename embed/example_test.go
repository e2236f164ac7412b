package embed_test

import (
	"fmt"
	"io/fs"
	"log"

	"github.com/hugofmt/hugofmt/embed"
)

func ExampleRegistry_Rewrite() {
	body := []byte(`Slides from the talk:

<script async class="speakerdeck-embed" data-id="3b6f73bb6b984c2196261c3e320e5b92" data-ratio="1.77777777777778" src="//speakerdeck.com/assets/embed.js"></script>

` + "```html" + `
<iframe src="https://www.youtube.com/embed/xfk6r-jndRI"></iframe>
` + "```" + `

<iframe src="https://example.com/widget"></iframe>
`)
	out, findings, err := embed.Default().Rewrite(body)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Print(string(out))
	for _, f := range findings {
		fmt.Println(f)
	}
	// Output:
	// Slides from the talk:
	//
	// {{< speakerdeck id="3b6f73bb6b984c2196261c3e320e5b92" ratio="1.77777777777778" >}}
	//
	// ```html
	// <iframe src="https://www.youtube.com/embed/xfk6r-jndRI"></iframe>
	// ```
	//
	// <iframe src="https://example.com/widget"></iframe>
	// 3:1: speakerdeck: converted to {{< speakerdeck id="3b6f73bb6b984c2196261c3e320e5b92" ratio="1.77777777777778" >}}
	// 9:1: left: unknown iframe (example.com/widget)
}

// talks claims <iframe src="https://talks.example/…"> for a site's own
// talk shortcode.
type talks struct{}

func (talks) Name() string { return "talks" }

func (talks) Match(e *embed.Embed) (embed.Shortcode, bool) {
	if e.Tag != "iframe" || e.Attr("data-talk") == "" {
		return embed.Shortcode{}, false
	}
	return embed.Shortcode{Name: "talk", Params: []embed.Param{embed.Named("id", e.Attr("data-talk"))}}, true
}

func ExampleRegistry_With() {
	r, err := embed.Default().Without("gist").With(talks{})
	if err != nil {
		log.Fatal(err)
	}
	out, _, err := r.Rewrite([]byte(`<iframe src="https://talks.example/42" data-talk="42"></iframe>` + "\n"))
	if err != nil {
		log.Fatal(err)
	}
	fmt.Print(string(out))
	fmt.Println(r.Names())
	// Output:
	// {{< talk id="42" >}}
	// [speakerdeck slideshare youtube vimeo x instagram codepen googleslides googledocs googlemaps spotify soundcloud codesandbox jsfiddle niconico docswell amazon amazoncard hatena iframely note linkedin flickr bluesky jsbin canva talks]
}

func ExampleTemplates() {
	names, err := fs.Glob(embed.Templates(), "*.html")
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(names)
	// Output:
	// [amazon.html amazoncard.html bluesky.html callout.html canva.html codepen.html codesandbox.html docswell.html flickr.html gist.html googledocs.html googlemaps.html googleslides.html hatenacard.html iframe.html iframely.html instagrampost.html jsbin.html jsfiddle.html linkedin.html niconico.html notecom.html slideshare.html soundcloud.html speakerdeck.html spotify.html vimeo_unlisted.html xpost.html]
}
