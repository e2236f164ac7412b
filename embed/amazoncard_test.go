package embed

import "testing"

func TestAmazonCard(t *testing.T) { testMatch(t, amazonCard{}, amazonCardTests) }

var amazonCardTests = []matchTest{{
	name: "Hatena Blog's export, in a <p>",
	html: `<p><div class="hatena-asin-detail"><a href="https://www.amazon.co.jp/exec/obidos/ASIN/B01NAHBSUD/kenzo0107-22/"><img src="https://images-fe.ssl-images-amazon.com/images/I/51FuxBMPonL._SL160_.jpg" class="hatena-asin-detail-image" alt="Raspberry Pi 3 Model B V1.2 (日本製) 国内正規代理店品" title="Raspberry Pi 3 Model B V1.2 (日本製) 国内正規代理店品"></a><div class="hatena-asin-detail-info"><p class="hatena-asin-detail-title"><a href="https://www.amazon.co.jp/exec/obidos/ASIN/B01NAHBSUD/kenzo0107-22/">Raspberry Pi 3 Model B V1.2 (日本製) 国内正規代理店品</a></p><ul><li><span class="hatena-asin-detail-label">出版社/メーカー:</span> Raspberry Pi</li><li><span class="hatena-asin-detail-label">発売日:</span> 2016/02/29</li><li><span class="hatena-asin-detail-label">メディア:</span> Personal Computers</li></ul></div></div></p>`,
	want: `{{< amazoncard asin="B01NAHBSUD" tag="kenzo0107-22" store="jp" title="Raspberry Pi 3 Model B V1.2 (日本製) 国内正規代理店品" image="https://images-fe.ssl-images-amazon.com/images/I/51FuxBMPonL._SL160_.jpg" details="出版社/メーカー: Raspberry Pi / 発売日: 2016/02/29 / メディア: Personal Computers" >}}`,
}, {
	name: "old form over several lines, /dp/ link with &#038;, a stray </p>, keyword links",
	html: `<div class="hatena-asin-detail">
  <a href="http://www.amazon.co.jp/dp/4048679562/?tag=hatena_st1-22&#038;ascsubtag=d-ehaef"><img src="http://ecx.images-amazon.com/images/I/51IyqtaGu-L._SL160_.jpg" class="hatena-asin-detail-image" alt="Google Androidプログラミング入門" title="Google Androidプログラミング入門" /></a></p>
  <div class="hatena-asin-detail-info">
    <p class="hatena-asin-detail-title">
      <a href="http://www.amazon.co.jp/dp/4048679562/?tag=hatena_st1-22&#038;ascsubtag=d-ehaef">Google Androidプログラミング入門</a>
    </p>
    <ul>
      <li>
        <span class="hatena-asin-detail-label">作者:</span> <a href="http://d.hatena.ne.jp/keyword/x" class="keyword">江川崇</a>
      </li>
    </ul>
  </div>
</div>`,
	want: `{{< amazoncard asin="4048679562" tag="hatena_st1-22" store="jp" title="Google Androidプログラミング入門" image="https://ecx.images-amazon.com/images/I/51IyqtaGu-L._SL160_.jpg" details="作者: 江川崇" >}}`,
}, {
	name: "current form: image link, meta list, buy button",
	html: `<div class="hatena-asin-detail"><a href="https://www.amazon.co.jp/dp/4873117526?tag=example-22&amp;linkCode=ogi&amp;th=1&amp;psc=1" class="hatena-asin-detail-image-link" target="_blank" rel="noopener"><img src="https://m.media-amazon.com/images/I/51abc.jpg" class="hatena-asin-detail-image" alt="Go言語による並行処理" title="Go言語による並行処理"></a><div class="hatena-asin-detail-info"><p class="hatena-asin-detail-title"><a href="https://www.amazon.co.jp/dp/4873117526?tag=example-22&amp;linkCode=ogi&amp;th=1&amp;psc=1" target="_blank" rel="noopener">Go言語による並行処理</a></p><ul class="hatena-asin-detail-meta"><li><span class="hatena-asin-detail-label">作者:</span><a href="https://d.hatena.ne.jp/keyword/Katherine%20Cox-Buday" class="keyword">Katherine Cox-Buday</a></li><li>オライリージャパン</li></ul><a href="https://www.amazon.co.jp/dp/4873117526?tag=example-22&amp;linkCode=ogi&amp;th=1&amp;psc=1" class="asin-detail-buy" target="_blank" rel="noopener">Amazon</a></div></div>`,
	want: `{{< amazoncard asin="4873117526" tag="example-22" store="jp" title="Go言語による並行処理" image="https://m.media-amazon.com/images/I/51abc.jpg" details="作者: Katherine Cox-Buday / オライリージャパン" >}}`,
}, {
	name: "a card for the iTunes Store",
	html: `<div class="hatena-asin-detail"><a href="https://itunes.apple.com/jp/album/x/id1"><img class="hatena-asin-detail-image" src="https://is1.mzstatic.com/x.jpg" alt="x"></a></div>`,
	want: "skip: no Amazon product",
}, {
	name: "any other div",
	html: `<div class="note"><a href="https://www.amazon.co.jp/dp/4873117526">book</a></div>`,
}}

func TestAmazonProduct(t *testing.T) {
	for _, tt := range []struct{ in, asin, tag, store string }{
		{"https://www.amazon.com/Go-Programming-Language/dp/0134190440/ref=sr_1_1?tag=me-20", "0134190440", "me-20", "us"},
		{"https://www.amazon.co.uk/gp/product/B00ZV9RDKK/", "B00ZV9RDKK", "", "uk"},
		{"http://www.amazon.co.jp/o/ASIN/4774142042/example-22", "4774142042", "example-22", "jp"},
		{"https://www.amazon.co.jp/dp/123", "", "", ""},
		{"https://www.amazon.cn/dp/4774142042", "", "", ""},
		{"https://example.com/dp/4774142042", "", "", ""},
	} {
		u, _ := parseURL(tt.in)
		asin, tag, store := amazonProduct(u)
		if asin != tt.asin || tag != tt.tag || store != tt.store {
			t.Errorf("amazonProduct(%s) = %q, %q, %q; want %q, %q, %q", tt.in, asin, tag, store, tt.asin, tt.tag, tt.store)
		}
	}
}
