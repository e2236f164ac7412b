package embed

import "testing"

func TestIframes(t *testing.T) { testMatch(t, Iframes(), iframesTests) }

var iframesTests = []matchTest{{
	name: "unknown iframe (corpus: railsgirls)",
	html: `<iframe scrolling="no" marginheight="0" marginwidth="0" src="http://tsstartup.viidea.net/rg12_railsgirls/video/1/iframe/" frameborder="0" height="286px" width="500px"> </iframe>`,
	want: `{{< iframe src="http://tsstartup.viidea.net/rg12_railsgirls/video/1/iframe/" width="500" height="286" >}}`,
}, {
	name: "only safe attributes are kept",
	html: `<IFRAME SRC="//example.com/widget?a=1&amp;b=2" WIDTH="100%" height=400 title='A "widget"' allow="fullscreen; clipboard-write" allowfullscreen loading="LAZY" referrerpolicy="no-referrer" sandbox="allow-scripts allow-same-origin evil" onload="alert(1)" style="border:0" name="x"></IFRAME>`,
	want: "{{< iframe src=\"https://example.com/widget?a=1&b=2\" width=\"100%\" height=\"400\" title=`A \"widget\"` allow=\"fullscreen; clipboard-write\" allowfullscreen=\"true\" loading=\"lazy\" referrerpolicy=\"no-referrer\" sandbox=\"allow-scripts allow-same-origin\" >}}",
}, {
	name: "a sandbox that keeps no right",
	html: `<iframe src="https://example.com/" sandbox></iframe>`,
	want: `{{< iframe src="https://example.com/" sandbox="true" >}}`,
}, {
	name: "not http(s)",
	html: `<iframe src="javascript:alert(1)"></iframe>`,
}, {
	name: "relative source",
	html: `<iframe src="/local/page.html"></iframe>`,
}, {
	name: "inline content",
	html: `<iframe srcdoc="<p>hi</p>" src="https://example.com/"></iframe>`,
}, {
	name: "scripts are never made generic",
	html: `<script src="https://example.com/widget.js"></script>`,
}, {
	name: "a bare wrapper goes with it",
	html: `<div class="embed-container"><iframe src="https://a.example/"></iframe></div>`,
	want: `{{< iframe src="https://a.example/" >}}`,
}, {
	name: "a line of links after it is its caption (corpus: railsgirls)",
	html: `<div><iframe src="http://tsstartup.viidea.net/rg12_ruby_on_rails_workshop_for_girls/video/1/iframe/"> </iframe></div>
<p><a href="https://www.facebook.com/RailsGirlsLjubljana/app_479624635422684" target="_blank">Watch all Rails Girls Ljubljana lectures (in Slovenian)</a></p>`,
	want:     `{{< iframe src="http://tsstartup.viidea.net/rg12_ruby_on_rails_workshop_for_girls/video/1/iframe/" >}}`,
	consumed: 1,
	caption:  "[Watch all Rails Girls Ljubljana lectures (in Slovenian)](https://www.facebook.com/RailsGirlsLjubljana/app_479624635422684)",
}, {
	name: "a wrapper holding a line of links too is left to the providers that know what it holds",
	html: `<div><iframe src="https://www.youtube.com/embed/abc"></iframe><p><a href="https://example.com/">More</a></p></div>`,
}, {
	name: "a paragraph without a link is no caption",
	html: `<iframe src="https://a.example/"></iframe><p>Our map.</p>`,
	want: `{{< iframe src="https://a.example/" >}}`,
}}
