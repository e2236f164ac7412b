package embed

import "testing"

func TestLinkedin(t *testing.T) { testMatch(t, linkedin{}, linkedinTests) }

var linkedinTests = []matchTest{{
	name: "embed button (corpus: carpentries)",
	html: `<iframe src="https://www.linkedin.com/embed/feed/update/urn:li:share:7335983695423500288?collapsed=1" height="670" width="504" frameborder="0" allowfullscreen="" title="Embedded post"></iframe>`,
	want: `{{< linkedin urn="urn:li:share:7335983695423500288" height="670" width="504" collapsed="true" title="Embedded post" >}}`,
}, {
	name: "ugcPost, not collapsed",
	html: `<iframe src="https://www.linkedin.com/embed/feed/update/urn:li:ugcPost:7100000000000000000" height="1000" width="504"></iframe>`,
	want: `{{< linkedin urn="urn:li:ugcPost:7100000000000000000" height="1000" width="504" >}}`,
}, {
	name: "no post",
	html: `<iframe src="https://www.linkedin.com/in/someone"></iframe>`,
	want: "skip: shows no post",
}}
