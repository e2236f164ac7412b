package convert_test

import (
	"bytes"
	"fmt"
	"log"
	"testing/fstest"

	"github.com/hugofmt/hugofmt/convert"
	"github.com/hugofmt/hugofmt/frontmatter"
)

// A Transformer of one's own, chained with others: this one marks drafts
// in the body, and reports what it did at its place in the file.
func ExampleFunc() {
	todo := convert.Func(func(d *frontmatter.Document, rep *convert.Report) error {
		body := d.Body()
		i := bytes.Index(body, []byte("TODO"))
		if i < 0 {
			return nil
		}
		// Where the body has it; BodyPosition says where the file had it.
		line, col := 1+bytes.Count(body[:i], []byte("\n")), i-bytes.LastIndexByte(body[:i], '\n')
		line, col = d.BodyPosition(line, col)
		rep.Changes = append(rep.Changes, convert.Change{Rule: "todo", Line: line, Col: col, Msg: "TODO marked"})
		d.SetBody(bytes.ReplaceAll(body, []byte("TODO"), []byte("{{< todo >}}")))
		return nil
	})
	src := []byte("---\ntitle: Draft\n---\nIntro.\n\n  TODO: write this.\n")
	out, rep, err := convert.Bytes(convert.Chain(todo), src)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Printf("%s", out)
	for _, c := range rep.Changes {
		fmt.Printf("%d:%d: %s: %s\n", c.Line, c.Col, c.Rule, c.Msg)
	}

	// A file the transformer does not change comes back as it is.
	same := []byte("Done.\n")
	out, _, _ = convert.Bytes(todo, same)
	fmt.Println(&out[0] == &same[0])
	// Output:
	// ---
	// title: Draft
	// ---
	// Intro.
	//
	//   {{< todo >}}: write this.
	// 6:3: todo: TODO marked
	// true
}

// Walking a tree: results come in lexical order, although the files are
// converted in parallel, and a bad file does not stop the walk.
func ExampleWalker_Walk() {
	site := fstest.MapFS{
		"hugo.toml":               {Data: []byte("title = 'x'\n")},
		"content/posts/b.md":      {Data: []byte("---\ntitle: B\n---\nb\n")},
		"content/posts/a.md":      {Data: []byte("+++\ntitle = 'A'\n")},
		"content/_index.md":       {Data: []byte("home\n")},
		"public/posts/index.md":   {Data: []byte("built\n")},
		"content/posts/photo.jpg": {Data: []byte{0xff, 0xd8}},
	}
	w := &convert.Walker{Transformer: convert.Func(func(d *frontmatter.Document, rep *convert.Report) error {
		d.SetBody(bytes.ToUpper(d.Body()))
		return nil
	})}
	var sum convert.Summary
	for r := range w.Walk(site, ".") {
		sum.Add(r)
		if r.Err != nil {
			fmt.Println(r.Err)
			continue
		}
		fmt.Printf("%s changed: %v\n", r.Path, r.Changed())
	}
	fmt.Printf("%d files: %d changed, %d failed\n", sum.Files, sum.Changed, sum.Failed)
	// Output:
	// content/_index.md changed: true
	// content/posts/a.md:1:1: TOML front matter opened here is never closed: no line starts with "+++"
	// content/posts/b.md changed: true
	// 3 files: 2 changed, 1 failed
}

// Converting one file with the default rules: the hugo preset of front
// matter rules, and the embed rewriting.
func ExampleNew() {
	t, err := convert.New(convert.Options{}) // or Options{Rules: "hugo,order,embeds", To: frontmatter.TOML}
	if err != nil {
		log.Fatal(err)
	}
	src := []byte(`---
title: "Slides"
tags: "ruby jekyll"
---
<script async class="speakerdeck-embed" data-id="0123456789abcdef0123456789abcdef" data-ratio="1.33333333333333" src="//speakerdeck.com/assets/embed.js"></script>
`)
	out, rep, err := convert.Bytes(t, src)
	if err != nil {
		log.Fatal(err) // a *frontmatter.Error: line:col: what is wrong
	}
	fmt.Printf("%s\n", out)
	for _, c := range rep.Changes {
		fmt.Printf("%d:%d: %s\n", c.Line, c.Col, c.Rule)
	}
	for _, e := range rep.Embeds {
		fmt.Printf("%d:%d: %s converted: %v\n", e.Line, e.Col, e.Provider, e.Converted)
	}
	// Output:
	// ---
	// title: "Slides"
	// tags:
	//   - ruby
	//   - jekyll
	// ---
	// {{< speakerdeck id="0123456789abcdef0123456789abcdef" ratio="1.33333333333333" >}}
	//
	// 3:7: taxonomies
	// 5:1: speakerdeck converted: true
}

// Reading a site's configuration: where its content is, and the
// taxonomies the taxonomies rule makes lists. The walk of the site root
// converts the content of each language, and never its layouts.
func ExampleReadSite() {
	site := fstest.MapFS{
		"hugo.toml": {Data: []byte(`timeZone = "Asia/Tokyo"
[taxonomies]
  tag = "tags"
  series = "series"
[languages.en]
  contentDir = "content/en"
[languages.ja]
  contentDir = "content/ja"
`)},
		"content/en/posts/a.md":        {Data: []byte("---\nseries: go basics\n---\n")},
		"content/ja/posts/a.md":        {Data: []byte("---\nseries: Go入門\n---\n")},
		"layouts/_default/single.html": {Data: []byte("<iframe src=\"https://www.youtube.com/embed/x\"></iframe>\n")},
	}
	s, err := convert.ReadSite(site, ".")
	if err != nil {
		log.Fatal(err) // hugo.toml:2:1: …
	}
	fmt.Println(s.ContentDirs, s.TimeZone, s.Taxonomies)

	t, err := convert.New(convert.Options{Taxonomies: s.Taxonomies})
	if err != nil {
		log.Fatal(err)
	}
	for r := range (&convert.Walker{Transformer: t}).Walk(site, ".") {
		for _, c := range r.Report.Changes {
			fmt.Printf("%s:%d:%d: %s\n", r.Path, c.Line, c.Col, c.Msg)
		}
	}
	// Output:
	// [content/en content/ja] Asia/Tokyo [series tags]
	// content/en/posts/a.md:2:9: series "go basics" → [go, basics] (Hugo read one term)
	// content/ja/posts/a.md:2:9: series "Go入門" → [Go入門] (Hugo read one term)
}
