package frontmatter_test

import (
	"fmt"
	"log"

	"github.com/hugofmt/hugofmt/frontmatter"
)

// Edit a key in place: only its line changes, comments and quoting stay.
func Example() {
	src := []byte(`---
# Imported from WordPress
title: 'Hello, world'   # keep this comment
lastMod: 2019-05-01
tags: [go, hugo]
---
Body text.
`)
	doc, err := frontmatter.Parse(src)
	if err != nil {
		log.Fatal(err)
	}
	meta, err := doc.Meta()
	if err != nil {
		log.Fatal(err)
	}
	if err := meta.Rename("lastMod", "lastmod"); err != nil {
		log.Fatal(err)
	}
	meta.Set("draft", frontmatter.NewBool(false))
	out, err := doc.Bytes()
	if err != nil {
		log.Fatal(err)
	}
	fmt.Print(string(out))
	// Output:
	// ---
	// # Imported from WordPress
	// title: 'Hello, world'   # keep this comment
	// lastmod: 2019-05-01
	// tags: [go, hugo]
	// draft: false
	// ---
	// Body text.
}

// Convert YAML front matter to TOML: order, comments, dates and block
// text keep their meaning; the body is untouched.
func ExampleDocument_SetFormat() {
	src := []byte(`---
title: Dates and numbers
date: 2024-03-05T10:20:30+09:00 # with its offset
lastmod: 2024-03-05
zip: 01234
params: {toc: true}
weight: 1
summary: |
  Two lines
  of text.
---
Body.
`)
	doc, err := frontmatter.Parse(src)
	if err != nil {
		log.Fatal(err)
	}
	warnings, err := doc.SetFormat(frontmatter.TOML)
	if err != nil {
		log.Fatal(err)
	}
	for _, w := range warnings {
		fmt.Println("warning:", w)
	}
	out, _ := doc.Bytes()
	fmt.Print(string(out))
	// Output:
	// warning: 5:6: zip: YAML reads 01234 as the octal number 668, written as 668; quote it in the source if it is text (a zip code, a version)
	// +++
	// title = "Dates and numbers"
	// date = 2024-03-05T10:20:30+09:00 # with its offset
	// lastmod = 2024-03-05
	// zip = 668
	// weight = 1
	// summary = """
	// Two lines
	// of text.
	// """
	//
	// [params]
	// toc = true
	// +++
	// Body.
}

// What a target cannot hold is an error naming the key, never a silent
// drop.
func ExampleErrNull() {
	doc, _ := frontmatter.Parse([]byte("---\ntitle: x\nsummary:\n---\n"))
	_, err := doc.SetFormat(frontmatter.TOML)
	fmt.Println(err)
	// Output:
	// 3:9: summary: TOML has no null value: delete the key or give it a value
}

// Values keep the kind Hugo gives them.
func ExampleNode_Kind() {
	doc, _ := frontmatter.Parse([]byte("---\ncountry: no\nzip: 01234\nversion: 1.10\ndate: 2024-03-05\n---\n"))
	meta, _ := doc.Meta()
	for _, k := range meta.Keys() {
		v := meta.Get(k)
		fmt.Printf("%s: %v %q\n", k, v.Kind(), v.Str())
	}
	zip, _ := meta.Get("zip").Int()
	fmt.Println("zip as Hugo reads it:", zip)
	// Output:
	// country: string "no"
	// zip: int "01234"
	// version: float "1.10"
	// date: local date "2024-03-05"
	// zip as Hugo reads it: 668
}

// A transform reports what it finds in the body at its place in the file,
// even when an earlier transform changed the body above it.
func ExampleDocument_BodyPosition() {
	d, err := frontmatter.Parse([]byte("---\ntitle: x\n---\n{% raw %}\n{{ x }}\n{% endraw %}\n<iframe src=x>\n"))
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(d.BodyPosition(1, 1)) // the body's first byte
	// An earlier transform unwraps the raw block: the iframe moves up.
	d.SetBody([]byte("{{ x }}\n<iframe src=x>\n"))
	fmt.Println(d.BodyPosition(2, 1)) // the iframe, where the file has it
	// Output:
	// 4 1
	// 7 1
}
