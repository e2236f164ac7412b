package embed

import "testing"

func TestIframely(t *testing.T) { testMatch(t, iframely{}, iframelyTests) }

var iframelyTests = []matchTest{{
	name:     "card with a fixed height, cdn.iframe.ly script",
	html:     `<div class="iframely-embed"><div class="iframely-responsive" style="height: 140px; padding-bottom: 0;"><a href="https://gohugo.io/content-management/shortcodes/" data-iframely-url="//cdn.iframe.ly/api/iframe?url=https%3A%2F%2Fgohugo.io%2Fcontent-management%2Fshortcodes%2F&amp;key=0123456789abcdef"></a></div></div><script async src="//cdn.iframe.ly/embed.js" charset="utf-8"></script>`,
	want:     `{{< iframely url="https://gohugo.io/content-management/shortcodes/" src="https://cdn.iframe.ly/api/iframe?url=https%3A%2F%2Fgohugo.io%2Fcontent-management%2Fshortcodes%2F&key=0123456789abcdef" height="140" >}}`,
	consumed: 1,
}, {
	name:     "video with a ratio, iframely.net, the link's text kept",
	html:     "<div class=\"iframely-embed\">\n  <div class=\"iframely-responsive\" style=\"padding-bottom: 56.25%; padding-top: 120px;\">\n    <a href=\"https://www.youtube.com/watch?v=abc\" data-iframely-url=\"//iframely.net/Xyz12Ab\">Talk: Hugo &amp; friends</a>\n  </div>\n</div>\n<script async src=\"//iframely.net/embed.js\"></script>",
	want:     `{{< iframely url="https://www.youtube.com/watch?v=abc" src="https://iframely.net/Xyz12Ab" title="Talk: Hugo & friends" ratio="1.7777777777777777" >}}`,
	consumed: 1,
}, {
	name: "iframe form, no script",
	html: `<div class="iframely-embed"><div class="iframely-responsive" style="padding-bottom: 52.5%;"><iframe src="https://cdn.iframe.ly/api/iframe?url=https%3A%2F%2Fexample.com%2Fpost&key=abc" frameborder="0" allow="autoplay; encrypted-media" allowfullscreen></iframe></div></div>`,
	want: `{{< iframely url="https://example.com/post" src="https://cdn.iframe.ly/api/iframe?url=https%3A%2F%2Fexample.com%2Fpost&key=abc" ratio="1.9047619047619047" >}}`,
}, {
	name:     "a bare link",
	html:     `<a href="https://example.com/post" data-iframely-url="https://cdn.iframe.ly/AbC"></a><script async src="https://cdn.iframe.ly/embed.js?api_key=k"></script>`,
	want:     `{{< iframely url="https://example.com/post" src="https://cdn.iframe.ly/AbC" >}}`,
	consumed: 1,
}, {
	name: "stray script",
	html: `<script async src="//cdn.iframe.ly/embed.js" charset="utf-8"></script>`,
	want: "skip: stray iframely script",
}, {
	name: "a link elsewhere",
	html: `<a href="https://example.com" data-iframely-url="https://evil.example/x"></a>`,
}}
