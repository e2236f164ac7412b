package embed

import "testing"

func TestBluesky(t *testing.T) { testMatch(t, bluesky{}, blueskyTests) }

var blueskyTests = []matchTest{{
	name: "embed button (corpus: carpentries), text over two lines",
	html: `<blockquote class="bluesky-embed" data-bluesky-uri="at://did:plc:wks7m2r2wtveh4nzyw4hsocs/app.bsky.feed.post/3ltkzovdtps2z" data-bluesky-cid="bafyreif73k433uvmhai6qq35lv2bvwekmfamktye25ursmm7i23zgxhfua" data-bluesky-embed-color-mode="system"><p lang="en">📣New project launched to create a secure and collaborative platform for health data research!
ARDC has partnered with the ADSN team, inc. researchers from QUT, @curtinuniversity.bsky.social.
🔗 ardc.edu.au/article/aust...<br><br><a href="https://bsky.app/profile/did:plc:wks7m2r2wtveh4nzyw4hsocs/post/3ltkzovdtps2z?ref_src=embed">[image or embed]</a></p>&mdash; Australian Research Data Commons (ARDC) (<a href="https://bsky.app/profile/did:plc:wks7m2r2wtveh4nzyw4hsocs?ref_src=embed">@ardc.edu.au</a>) <a href="https://bsky.app/profile/did:plc:wks7m2r2wtveh4nzyw4hsocs/post/3ltkzovdtps2z?ref_src=embed">July 10, 2025 at 2:02 AM</a></blockquote><script async src="https://embed.bsky.app/static/embed.js" charset="utf-8"></script>`,
	want:     `{{< bluesky uri="at://did:plc:wks7m2r2wtveh4nzyw4hsocs/app.bsky.feed.post/3ltkzovdtps2z" cid="bafyreif73k433uvmhai6qq35lv2bvwekmfamktye25ursmm7i23zgxhfua" text="📣New project launched to create a secure and collaborative platform for health data research! ARDC has partnered with the ADSN team, inc. researchers from QUT, @curtinuniversity.bsky.social. 🔗 ardc.edu.au/article/aust..." lang="en" author="Australian Research Data Commons (ARDC)" handle="@ardc.edu.au" date="July 10, 2025 at 2:02 AM" >}}`,
	consumed: 1,
}, {
	name: "quotes and entities in the text",
	html: `<blockquote class="bluesky-embed" data-bluesky-uri="at://did:plc:reamkuxr6f63i5foyzo4b4pl/app.bsky.feed.post/3m2r3msz2q225"><p lang="en">She&#x27;ll be on the panel, &#x27;Teaching Meets Practice&#x27;, &quot;live&quot;</p>&mdash; The Carpentries (<a href="https://bsky.app/profile/did:plc:reamkuxr6f63i5foyzo4b4pl?ref_src=embed">@carpentries.carpentries.org</a>) <a href="https://bsky.app/profile/did:plc:reamkuxr6f63i5foyzo4b4pl/post/3m2r3msz2q225?ref_src=embed">October 9, 2025 at 1:49 PM</a></blockquote>`,
	want: "{{< bluesky uri=\"at://did:plc:reamkuxr6f63i5foyzo4b4pl/app.bsky.feed.post/3m2r3msz2q225\" text=`She'll be on the panel, 'Teaching Meets Practice', \"live\"` lang=\"en\" author=\"The Carpentries\" handle=\"@carpentries.carpentries.org\" date=\"October 9, 2025 at 1:49 PM\" >}}",
}, {
	name: "stray script",
	html: `<script async src="https://embed.bsky.app/static/embed.js" charset="utf-8"></script>`,
	want: "skip: stray Bluesky script",
}, {
	name:     "no URI: left, with its script",
	html:     `<blockquote class="bluesky-embed"><p>text</p></blockquote><script async src="https://embed.bsky.app/static/embed.js" charset="utf-8"></script>`,
	want:     "skip: without an at:// URI",
	consumed: 1,
}, {
	name: "a tweet is not a post",
	html: `<blockquote class="twitter-tweet"><p>text</p></blockquote>`,
}}
