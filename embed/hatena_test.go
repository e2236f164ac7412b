package embed

import "testing"

func TestHatena(t *testing.T) { testMatch(t, hatena{}, hatenaTests) }

var hatenaTests = []matchTest{{
	name: "blog card and citation in the export's <p>",
	html: `<p><iframe src="https://hatenablog-parts.com/embed?url=https%3A%2F%2Faoma23.hatenablog.jp%2Fentry%2Fcyouseisan_js" title="調整さんのデフォルト開始時間を変更するブックマークレットを作ったよ！ - aoma blog" class="embed-card embed-blogcard" scrolling="no" frameborder="0" style="display: block; width: 100%; height: 190px; max-width: 500px; margin: 10px 0px;"></iframe><cite class="hatena-citation"><a href="https://aoma23.hatenablog.jp/entry/cyouseisan_js">aoma23.hatenablog.jp</a></cite></p>`,
	want: `{{< hatenacard url="https://aoma23.hatenablog.jp/entry/cyouseisan_js" title="調整さんのデフォルト開始時間を変更するブックマークレットを作ったよ！ - aoma blog" height="190" site="aoma23.hatenablog.jp" >}}`,
}, {
	name:     "web card, protocol-relative, citation after it",
	html:     `<iframe src="//hatenablog-parts.com/embed?url=http%3A%2F%2Fkaworu.jpn.org%2Fkaworu%2F2008-12-08-1.php" title="UNIX findとxargsコマンドで-print0オプションを使う理由" class="embed-card embed-webcard" scrolling="no" frameborder="0" style="display: block; width: 100%; height: 155px; max-width: 500px; margin: 10px 0px;"></iframe><cite class="hatena-citation"><a href="http://kaworu.jpn.org/kaworu/2008-12-08-1.php">kaworu.jpn.org</a></cite>`,
	want:     `{{< hatenacard url="http://kaworu.jpn.org/kaworu/2008-12-08-1.php" title="UNIX findとxargsコマンドで-print0オプションを使う理由" height="155" site="kaworu.jpn.org" >}}`,
	consumed: 1,
}, {
	name: "attributes in another order, the title only in the fallback link",
	html: `<iframe class="embed-card embed-webcard" style="display: block; width: 100%; height: 155px; max-width: 500px; margin: 10px 0px;" src="https://hatenablog-parts.com/embed?url=http%3A%2F%2Fcookpad.com%2Frecipe%2F3131580" frameborder="0" scrolling="no"><a href="http://cookpad.com/recipe/3131580">簡単★カリーヴルスト by エスビー食品</a></iframe>`,
	want: `{{< hatenacard url="http://cookpad.com/recipe/3131580" title="簡単★カリーヴルスト by エスビー食品" height="155" >}}`,
}, {
	name: "the <p> holds text too",
	html: `<p>See <iframe src="https://hatenablog-parts.com/embed?url=https%3A%2F%2Fexample.com"></iframe></p>`,
}, {
	name: "no URL",
	html: `<iframe src="https://hatenablog-parts.com/embed?url=javascript%3Aalert(1)"></iframe>`,
	want: "skip: without an http(s) URL",
}}
