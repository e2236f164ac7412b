package embed

import "testing"

func TestAmazon(t *testing.T) { testMatch(t, amazon{}, amazonTests) }

var amazonTests = []matchTest{{
	name: "rcm-fe, protocol-relative, Japan",
	html: `<iframe sandbox="allow-popups allow-scripts allow-modals allow-forms allow-same-origin" style="width:120px;height:240px;" marginwidth="0" marginheight="0" scrolling="no" frameborder="0" src="//rcm-fe.amazon-adsystem.com/e/cm?lt1=_blank&bc1=000000&IS2=1&bg1=FFFFFF&fc1=000000&lc1=0000FF&t=ryouhei0705-22&language=ja_JP&o=9&p=8&l=as4&m=amazon&f=ifr&ref=as_ss_li_til&asins=B0B64Q42YP&linkId=cc5dd696735ff716b11a56ccbfcd5fd7"></iframe>`,
	want: `{{< amazon asin="B0B64Q42YP" tag="ryouhei0705-22" store="jp" width="120" height="240" >}}`,
}, {
	name: "old rcm-jp, &amp; in the URL",
	html: `<iframe src="http://rcm-jp.amazon.co.jp/e/cm?t=example-22&amp;o=9&amp;p=8&amp;l=as1&amp;asins=4774142042&amp;fc1=000000&amp;IS2=1&amp;lt1=_blank&amp;m=amazon&amp;lc1=0000FF&amp;bc1=000000&amp;bg1=FFFFFF&amp;f=ifr" style="width:120px;height:240px;" scrolling="no" marginwidth="0" marginheight="0" frameborder="0"></iframe>`,
	want: `{{< amazon asin="4774142042" tag="example-22" store="jp" width="120" height="240" >}}`,
}, {
	name: "&#038; as WordPress writes it, US",
	html: `<iframe style="width:120px;height:240px;" src="https://rcm-na.amazon-adsystem.com/e/cm?ref=qf_sp_asin_til&#038;t=example-20&#038;m=amazon&#038;o=1&#038;p=8&#038;l=as1&#038;IS1=1&#038;detail=1&#038;asins=0134190440&#038;f=ifr"></iframe>`,
	want: `{{< amazon asin="0134190440" tag="example-20" store="us" width="120" height="240" >}}`,
}, {
	name: "SiteStripe product link",
	html: `<iframe style="width:120px;height:240px;" marginwidth="0" marginheight="0" scrolling="no" frameborder="0" src="//ws-fe.amazon-adsystem.com/widgets/q?ServiceVersion=20070822&OneJS=1&Operation=GetAdHtml&MarketPlace=JP&source=ac&ref=tf_til&ad_type=product_link&tracking_id=example-22&marketplace=amazon&region=JP&placement=4873117526&asins=4873117526&linkId=abc&show_border=false&link_opens_in_new_window=false"></iframe>`,
	want: `{{< amazon asin="4873117526" tag="example-22" store="jp" width="120" height="240" >}}`,
}, {
	name: "banner",
	html: `<iframe src="http://rcm-eu.amazon-adsystem.com/e/cm?t=riplive-21&o=29&p=40&l=ur1&category=amazon_it&banner=143X6QW23JZQ7C7XW6G2&f=ifr" width="120" height="90"></iframe>`,
	want: "skip: no single product",
}, {
	name: "unknown store",
	html: `<iframe src="https://rcm-eu.amazon-adsystem.com/e/cm?t=x-21&o=99&asins=B000000000"></iframe>`,
	want: "skip: store",
}, {
	name: "not an ad",
	html: `<iframe src="https://www.amazon.co.jp/dp/4873117526"></iframe>`,
}}
