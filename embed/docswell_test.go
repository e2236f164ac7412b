package embed

import "testing"

func TestDocswell(t *testing.T) { testMatch(t, docswell{}, docswellTests) }

var docswellTests = []matchTest{{
	name:     "embed button with its link",
	html:     `<script async class="docswell-embed" src="https://www.docswell.com/assets/libs/docswell-embed/docswell-embed.min.js" data-src="https://www.docswell.com/slide/5EN9ME/embed" data-aspect="0.5625"></script><div class="docswell-link"><a href="https://www.docswell.com/s/juraruming/5EN9ME-2023-09-28-065704">ソフトウェア設計原則【SOLID】を学ぶ #3 依存性逆転の原則 by @juraruming</a></div>`,
	want:     `{{< docswell id="5EN9ME" ratio="1.7777777777777777" title="ソフトウェア設計原則【SOLID】を学ぶ #3 依存性逆転の原則 by @juraruming" url="https://www.docswell.com/s/juraruming/5EN9ME-2023-09-28-065704" >}}`,
	consumed: 1,
}, {
	name: "4:3 deck from the CDN, no link, a page",
	html: `<script async class="docswell-embed" src="https://bcdn.docswell.com/assets/libs/docswell-embed/docswell-embed.min.js" data-src="https://www.docswell.com/slide/5GXLMD/embed#p3" data-aspect="0.75"></script>`,
	want: `{{< docswell id="5GXLMD" ratio="1.3333333333333333" page="3" >}}`,
}, {
	name: "iframe",
	html: `<iframe src="https://www.docswell.com/slide/LK7J5V/embed" allowfullscreen class="docswell-iframe" width="620" height="349" style="border: 1px solid #ccc; display: block; margin: 0px auto; padding: 0px; aspect-ratio: 620/349;"></iframe>`,
	want: `{{< docswell id="LK7J5V" ratio="1.7765042979942693" >}}`,
}, {
	name: "script without a deck",
	html: `<script async class="docswell-embed" src="https://www.docswell.com/assets/libs/docswell-embed/docswell-embed.min.js"></script>`,
	want: "skip: without a slide deck",
}}
