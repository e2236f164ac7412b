package embed

import "testing"

func TestGoogleSlides(t *testing.T) { testMatch(t, googleSlides{}, googleSlidesTests) }

var googleSlidesTests = []matchTest{{
	name: "published, embed button",
	html: `<iframe src="https://docs.google.com/presentation/d/e/2PACX-1vRk3Lw_Nz-ABC/embed?start=false&loop=false&delayms=3000" frameborder="0" width="960" height="569" allowfullscreen="true" mozallowfullscreen="true" webkitallowfullscreen="true"></iframe>`,
	want: `{{< googleslides id="e/2PACX-1vRk3Lw_Nz-ABC" delayms="3000" ratio="1.687170474516696" >}}`,
}, {
	name: "shared by id, autoplay, protocol-relative",
	html: `<iframe src="//docs.google.com/presentation/d/1AbCdEfGh_IjK/embed?start=true&loop=true&delayms=5000" width="480" height="299"></iframe>`,
	want: `{{< googleslides id="1AbCdEfGh_IjK" start="true" loop="true" delayms="5000" ratio="1.605351170568562" >}}`,
}, {
	name: "old form, in a responsive wrapper",
	html: `<div class="responsive-embed"><iframe src="https://docs.google.com/presentation/embed?id=1xYz&amp;start=false&amp;loop=false&amp;delayms=3000" frameborder="0" width="100%" height="569"></iframe></div>`,
	want: `{{< googleslides id="1xYz" delayms="3000" >}}`,
}, {
	name: "user index in the path",
	html: `<iframe src="https://docs.google.com/presentation/u/0/d/1Qq/preview"></iframe>`,
	want: `{{< googleslides id="1Qq" >}}`,
}, {
	name: "no id",
	html: `<iframe src="https://docs.google.com/presentation/embed"></iframe>`,
	want: "skip: without a presentation id",
}, {
	name: "a document is googledocs'",
	html: `<iframe src="https://docs.google.com/document/d/e/2PACX/pub?embedded=true"></iframe>`,
}}
