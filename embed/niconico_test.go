package embed

import "testing"

func TestNiconico(t *testing.T) { testMatch(t, niconico{}, niconicoTests) }

var niconicoTests = []matchTest{{
	name:     "player script with its noscript link",
	html:     `<script type="application/javascript" src="https://embed.nicovideo.jp/watch/sm9/script?w=640&h=360"></script><noscript><a href="https://www.nicovideo.jp/watch/sm9">【会員限定】 新・豪血寺一族 -煩悩解放 - レッツゴー！陰陽師</a></noscript>`,
	want:     `{{< niconico id="sm9" width="640" height="360" title="【会員限定】 新・豪血寺一族 -煩悩解放 - レッツゴー！陰陽師" >}}`,
	consumed: 1,
}, {
	name: "player iframe with a start time",
	html: `<iframe allowfullscreen="allowfullscreen" allow="autoplay" frameborder="0" width="640" height="360" src="https://embed.nicovideo.jp/watch/sm2057168?oldScript=1&amp;referer=&amp;from=30&amp;allowProgrammaticFullScreen=1" style="max-width: 100%;"></iframe>`,
	want: `{{< niconico id="sm2057168" from="30" width="640" height="360" >}}`,
}, {
	name: "thumbnail card",
	html: `<iframe width="312" height="176" src="https://ext.nicovideo.jp/thumb/sm9" scrolling="no" style="border:solid 1px #ccc;" frameborder="0"><a href="https://www.nicovideo.jp/watch/sm9">新・豪血寺一族</a></iframe>`,
	want: `{{< niconico id="sm9" title="新・豪血寺一族" >}}`,
}, {
	name:     "old player script",
	html:     "<script type=\"text/javascript\" src=\"http://ext.nicovideo.jp/thumb_watch/nm2829323?w=490&h=307\"></script>\n<noscript><a href=\"http://www.nicovideo.jp/watch/nm2829323\">Title</a></noscript>",
	want:     `{{< niconico id="nm2829323" title="Title" >}}`,
	consumed: 1,
}, {
	name: "live broadcast",
	html: `<iframe src="https://live.nicovideo.jp/embed/lv123"></iframe>`,
	want: "skip: without a video",
}}
