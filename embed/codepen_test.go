package embed

import "testing"

func TestCodepen(t *testing.T) { testMatch(t, codepen{}, codepenTests) }

var codepenTests = []matchTest{{
	name: "embed button, v2 (2017)",
	html: `<p data-height="265" data-theme-id="0" data-slug-hash="QKwvxJ" data-default-tab="css,result" data-user="rachelandrew" data-embed-version="2" data-pen-title="CSS Grid: Multiple image hero block" class="codepen">See the Pen <a href="http://codepen.io/rachelandrew/pen/QKwvxJ/">CSS Grid: Multiple image hero block</a> by rachelandrew (<a href="http://codepen.io/rachelandrew">@rachelandrew</a>) on <a href="http://codepen.io">CodePen</a>.</p>
<script async src="https://production-assets.codepen.io/assets/embed/ei.js"></script>`,
	want:     `{{< codepen user="rachelandrew" id="QKwvxJ" height="265" tab="css,result" title="CSS Grid: Multiple image hero block" >}}`,
	consumed: 1,
}, {
	name: "embed button, current, title only in the credit",
	html: `<p class="codepen" data-height="300" data-default-tab="html,result" data-slug-hash="abcXYZ" data-preview="true" data-user="jane" style="height: 300px; box-sizing: border-box; display: flex; align-items: center; justify-content: center; border: 2px solid; margin: 1em 0; padding: 1em;">
  <span>See the Pen <a href="https://codepen.io/jane/pen/abcXYZ">
  Grid &amp; Flex</a> by Jane (<a href="https://codepen.io/jane">@jane</a>)
  on <a href="https://codepen.io">CodePen</a>.</span>
</p>
<script async src="https://cpwebassets.codepen.io/assets/embed/ei.js"></script>`,
	want:     `{{< codepen user="jane" id="abcXYZ" height="300" tab="html,result" title="Grid & Flex" preview="true" >}}`,
	consumed: 1,
}, {
	name: "div placeholder, theme, no script after it",
	html: `<div class="codepen" data-slug-hash="pJMveN" data-user="anna" data-theme-id="dark" data-height="400px"></div>`,
	want: `{{< codepen user="anna" id="pJMveN" height="400" theme="dark" >}}`,
}, {
	name: "iframe",
	html: `<iframe height="300" style="width: 100%;" scrolling="no" title="Grid demo" src="https://codepen.io/jane/embed/abcXYZ?default-tab=html%2Cresult&amp;theme-id=light" frameborder="no" loading="lazy" allowtransparency="true" allowfullscreen="true">
  See the Pen <a href="https://codepen.io/jane/pen/abcXYZ">Grid demo</a> by Jane
  (<a href="https://codepen.io/jane">@jane</a>) on <a href="https://codepen.io">CodePen</a>.
</iframe>`,
	want: `{{< codepen user="jane" id="abcXYZ" height="300" tab="html,result" theme="light" title="Grid demo" >}}`,
}, {
	name: "old iframe, protocol-relative, preview, options in the query",
	html: `<iframe src="//codepen.io/team/acme/embed/preview/xyz123/?height=265&theme-id=0&default-tab=js,result&embed-version=2" scrolling="no" frameborder="no" allowtransparency="true" allowfullscreen="true" style="width: 100%;"></iframe>`,
	want: `{{< codepen user="team/acme" id="xyz123" height="265" tab="js,result" preview="true" >}}`,
}, {
	name:     "prefill embed is left, with its script",
	html:     `<div class="codepen" data-prefill='{"title": "x"}' data-height="400"><pre data-lang="html">&lt;p>hi&lt;/p></pre></div><script async src="https://cpwebassets.codepen.io/assets/embed/ei.js"></script>`,
	want:     "skip: prefill",
	consumed: 1,
}, {
	name: "stray script",
	html: `<script async src="https://static.codepen.io/assets/embed/ei.js"></script>`,
	want: "skip: stray CodePen script",
}, {
	name: "iframe without a pen",
	html: `<iframe src="https://codepen.io/jane/embed/"></iframe>`,
	want: "skip: without a pen",
}, {
	name: "a script that is not CodePen's",
	html: `<script src="https://example.com/assets/embed/ei.js"></script>`,
}, {
	name: "placeholder followed by something else",
	html: `<p class="codepen" data-slug-hash="a1" data-user="u">See the Pen</p><script src="https://example.com/x.js"></script>`,
	want: `{{< codepen user="u" id="a1" >}}`,
}}
