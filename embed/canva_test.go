package embed

import "testing"

func TestCanva(t *testing.T) { testMatch(t, canva{}, canvaTests) }

var canvaTests = []matchTest{{
	name: "embed code (corpus: carpentries), link after it",
	html: `<div style="position: relative; width: 100%; height: 0; padding-top: 56.2500%;
 padding-bottom: 0; box-shadow: 0 2px 8px 0 rgba(63,69,81,0.16); margin-top: 1.6em; margin-bottom: 0.9em; overflow: hidden;
 border-radius: 8px; will-change: transform;">
  <iframe loading="lazy" style="position: absolute; width: 100%; height: 100%; top: 0; left: 0; border: none; padding: 0;margin: 0;"
    src="https://www.canva.com/design/DAG9vocjfW8/a0YscUirz2O2OMMrm8ldYA/view?embed" allowfullscreen="allowfullscreen" allow="fullscreen">
  </iframe>
</div>
<a href="https:&#x2F;&#x2F;www.canva.com&#x2F;design&#x2F;DAG9vocjfW8&#x2F;a0YscUirz2O2OMMrm8ldYA&#x2F;view?utm_content=DAG9vocjfW8&amp;utm_campaign=designshare&amp;utm_medium=embeds&amp;utm_source=link" target="_blank" rel="noopener">The Carpentries Strategic Plan for 2026-2028</a> by The Carpentries`,
	want:     `{{< canva id="DAG9vocjfW8" key="a0YscUirz2O2OMMrm8ldYA" ratio="1.7777777777777777" title="The Carpentries Strategic Plan for 2026-2028" >}}`,
	consumed: 1,
}, {
	name: "bare iframe, video, square",
	html: `<iframe src="https://www.canva.com/design/DAFabc123/watch?embed" width="500" height="500"></iframe>`,
	want: `{{< canva id="DAFabc123" kind="watch" ratio="1" >}}`,
}, {
	name: "a link to another design stays",
	html: `<iframe src="https://www.canva.com/design/DAF1/k1/view?embed"></iframe><a href="https://www.canva.com/design/DAF2/k2/view">Other</a>`,
	want: `{{< canva id="DAF1" key="k1" >}}`,
}, {
	name: "no design",
	html: `<iframe src="https://www.canva.com/templates/"></iframe>`,
	want: "skip: shows no design",
}}
