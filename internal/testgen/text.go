package testgen

import (
	"strconv"
	"strings"
)

// The vocabulary of the generated prose: what a technical blog writes
// about, in English and in Japanese, with the English terms Japanese posts
// keep as they are.
var (
	enWords = strings.Fields(`
		a about after again all also an and another any are around as at away
		back be because been before being better between both build but by
		can cluster code come config container could data day deploy design
		did different do does done down each early easy even every few find
		first for from get give go good great had has have here how if in
		into is it its just keep kind know last later least less let like
		little long look made make many may more most much must need never new
		next no not now of off old on once one only or other our out over
		own part people place plan point post problem program put quite rather
		really release right run same say see server service set should show
		side since site small so some something start still such system take
		talk team than that the their them then there these they thing think
		this those though through time to today together too tool try two
		under until up use used very want was way we well were what when where
		which while who why will with work would write year yet you your
		slides video talk conference meetup speaker audience question answer
		template shortcode theme layout page section content markdown render
		front matter date title draft taxonomy index archive migration upgrade
		latency throughput memory profile benchmark cache queue database
		network storage operator controller scheduler kubernetes docker hugo
	`)
	enCapitalized = strings.Fields(`Go Hugo Kubernetes Docker Linux GitHub
		CloudNative Prometheus Grafana Terraform Rust Python JavaScript
		TypeScript React Vue Nginx PostgreSQL Redis Kafka AWS GCP Azure`)

	jaNouns = strings.Fields(`技術 資料 発表 監視 運用 設計 自動化 障害 構成 移行 検証
		コンテナ クラスタ ストレージ ネットワーク サービス チーム イベント セッション
		スライド ブログ 記事 ツール ライブラリ テンプレート 設定 パフォーマンス
		セキュリティ ログ メトリクス デプロイ テスト レビュー ドキュメント 登壇
		懇親会 会場 質疑応答 事例 導入 開発 環境 本番 手順 課題 対策 仕組み`)
	jaParticles = strings.Fields(`は が を に で の と について として から まで も や`)
	jaEndings   = strings.Fields(`試してみました。 見てきました。 面白かったです。
		参考になりそう。 気になった。 増えてきた印象。 難しいと感じた。 便利だった。
		使っています。 作ってみた。 話していました。 知らなかった。 わかりやすかった。
		まとめておく。 よさそう。 必要になる。 大事だと思う。 ありがたい。`)
)

// Languages of the generated posts.
const (
	English  = "en"
	Japanese = "ja"
)

// word appends an English word, now and then a capitalized name.
func (p *post) word() {
	if p.r.chance(60) {
		p.str(pick(p.r, enCapitalized))
		return
	}
	p.str(pick(p.r, enWords))
}

// sentence appends a sentence in the post's language, with the inline
// Markdown real posts carry: emphasis, code spans and links.
func (p *post) sentence() {
	if p.ja {
		p.jaSentence()
		return
	}
	n := p.r.between(6, 18)
	start := len(p.b)
	for i := range n {
		if i > 0 {
			if i == n/2 && p.r.chance(150) {
				p.str(",")
			}
			p.str(" ")
		}
		p.inline(p.word)
	}
	if c := p.b[start]; 'a' <= c && c <= 'z' {
		p.b[start] = c - 'a' + 'A'
	}
	p.str(".")
}

// jaSentence appends a Japanese sentence.
func (p *post) jaSentence() {
	for range p.r.between(1, 3) {
		p.inline(func() {
			if p.r.chance(250) {
				// Japanese posts keep English terms, set off by spaces.
				p.str(pick(p.r, enCapitalized))
				p.str(" ")
				p.str(pick(p.r, jaParticles))
				return
			}
			p.str(pick(p.r, jaNouns))
			p.str(pick(p.r, jaParticles))
		})
	}
	p.str(pick(p.r, jaNouns))
	p.str(pick(p.r, jaEndings))
}

// plainSentence appends a sentence without Markdown, for the text of
// embeds and front matter.
func (p *post) plainSentence() {
	p.plain = true
	p.sentence()
	p.plain = false
}

// lang returns the language of the post's prose.
func (p *post) lang() string {
	if p.ja {
		return Japanese
	}
	return English
}

// inline appends what word writes, now and then marked up as emphasis,
// strong emphasis, a code span or a link, unless the text is plain.
func (p *post) inline(word func()) {
	if p.plain {
		word()
		return
	}
	switch p.r.intn(60) {
	case 0:
		p.str("**")
		word()
		p.str("**")
	case 1:
		p.str("_")
		word()
		p.str("_")
	case 2:
		p.str("`")
		p.str(pick(p.r, codeWords))
		p.str("`")
	case 3:
		p.str("[")
		word()
		p.str("](https://")
		p.str(pick(p.r, hosts))
		p.str("/")
		p.slug(2)
		p.str(")")
	default:
		word()
	}
}

var (
	codeWords = []string{"go.mod", "hugo.toml", "config.yaml", "main.go",
		"kubectl", "docker-compose.yml", "--minify", "GOFLAGS", "npm",
		"ctx.Done()", "http.Handler", "layouts/_default", ".Params.tags",
		"{{ .Content }}", "json.Unmarshal"}
	hosts = strings.Fields(`example.com example.org blog.example.net
		docs.example.com go.dev gohugo.io github.com kubernetes.io`)
)

// paragraph appends a paragraph, hard-wrapped when the post wraps its
// lines, and ends it with a blank line.
func (p *post) paragraph() {
	n := p.r.between(2, 6)
	lineStart := len(p.b)
	for i := range n {
		if i > 0 && !p.ja {
			if p.wrap && len(p.b)-lineStart > 60 {
				p.str("\n")
				lineStart = len(p.b)
			} else {
				p.str(" ")
			}
		}
		p.sentence()
	}
	p.str("\n\n")
}

// title appends a short title in the post's language, without markup.
func (p *post) title() {
	if p.ja {
		p.str(pick(p.r, enCapitalized))
		p.str(" ")
		p.str(pick(p.r, jaParticles))
		p.str(pick(p.r, jaNouns))
		p.str(pick(p.r, jaNouns))
		return
	}
	p.str(pick(p.r, enCapitalized))
	for range p.r.between(2, 5) {
		p.str(" ")
		p.str(pick(p.r, enWords))
	}
}

// slug appends n lowercase English words joined by hyphens.
func (p *post) slug(n int) {
	for i := range n {
		if i > 0 {
			p.str("-")
		}
		p.str(pick(p.r, enWords))
	}
}

// heading appends an ATX heading of level 2 or 3.
func (p *post) heading() {
	p.str(strings.Repeat("#", p.r.between(2, 3)))
	p.str(" ")
	p.title()
	p.str("\n\n")
}

// list appends a bullet or ordered list, some items with nested items.
func (p *post) list() {
	marker := pick(p.r, []string{"- ", "* ", "1. "})
	for range p.r.between(2, 6) {
		p.str(marker)
		p.sentence()
		p.str("\n")
		if p.r.chance(200) {
			p.str(strings.Repeat(" ", len(marker)))
			p.str("- ")
			p.sentence()
			p.str("\n")
		}
	}
	p.str("\n")
}

// blockQuote appends a block quote of a sentence or two.
func (p *post) blockQuote() {
	for range p.r.between(1, 2) {
		p.str("> ")
		p.sentence()
		p.str("\n")
	}
	p.str("\n")
}

// table appends a pipe table.
func (p *post) table() {
	p.str("| name | value | note |\n|---|---:|---|\n")
	for range p.r.between(2, 5) {
		p.str("| ")
		p.str(pick(p.r, codeWords))
		p.str(" | ")
		p.num(p.r.between(1, 9999))
		p.str(" | ")
		p.word()
		p.str(" |\n")
	}
	p.str("\n")
}

// image appends a Markdown image, now and then Hugo's figure shortcode.
func (p *post) image() {
	if p.r.chance(200) {
		p.str(`{{< figure src="/images/`)
		p.slug(2)
		p.str(`.jpg" title="`)
		p.title()
		p.str("\" >}}\n\n")
		return
	}
	p.str("![")
	p.title()
	p.str("](/images/")
	p.slug(2)
	p.str(".png)\n\n")
}

// htmlBlock appends raw HTML that is neither an embed nor near one: the
// notes, details and line breaks authors write by hand.
func (p *post) htmlBlock() {
	switch p.r.intn(3) {
	case 0:
		p.str("<div class=\"note\">\n")
		p.sentence()
		p.str("\n</div>\n\n")
	case 1:
		p.str("<details><summary>")
		p.title()
		p.str("</summary>\n\n")
		p.paragraph()
		p.str("</details>\n\n")
	default:
		p.sentence()
		p.str("<br>\nPress <kbd>Ctrl</kbd> + <kbd>C</kbd> to stop it.\n\n")
	}
}

// codeBlock appends a fenced code block of real-looking code.
func (p *post) codeBlock() {
	s := pick(p.r, snippets)
	p.str("```")
	p.str(s.lang)
	p.str("\n")
	p.str(s.code)
	p.str("```\n\n")
}

// snippets are the code blocks of the generated posts, some with HTML that
// a careless scanner would take for embeds.
var snippets = []struct{ lang, code string }{
	{"go", `package main

import (
	"fmt"
	"net/http"
)

func main() {
	http.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintf(w, "hello, %s", r.URL.Path)
	})
	http.ListenAndServe(":8080", nil)
}
`},
	{"sh", `$ hugo new site blog
$ cd blog && git init
$ hugo server -D --bind 0.0.0.0
`},
	{"yaml", `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  replicas: 3
  template:
    spec:
      containers:
        - name: web
          image: nginx:1.25
`},
	{"toml", `baseURL = "https://example.org/"
title = "My blog"

[markup.goldmark.renderer]
  unsafe = true
`},
	{"html", `<div class="card">
  <img src="/images/logo.png" alt="logo">
  <script src="/js/app.js" defer></script>
</div>
`},
	{"", `GET /api/v1/posts?page=2 HTTP/1.1
Host: example.com
Accept: application/json
`},
	{"js", `document.querySelectorAll("pre code").forEach((el) => {
  el.classList.add("highlight");
});
`},
}

// str appends s.
func (p *post) str(s string) { p.b = append(p.b, s...) }

// num appends n in decimal.
func (p *post) num(n int) { p.b = strconv.AppendInt(p.b, int64(n), 10) }
