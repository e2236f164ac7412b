package frontmatter

import (
	"strings"
	"testing"
)

// benchPost is a realistic post: the front matter of a blog post of the
// kind the corpus holds (dates, taxonomies, params, a block scalar, a
// comment) and an 8 KB Markdown body.
var benchPost = []byte(`---
# Imported from the old blog
title: "Slides from the Kansai meetup: what we learned about Haskell in production"
date: 2019-04-20T10:30:00+09:00
lastmod: 2019-05-01
draft: false
author: Yamada Taro
description: >
  Notes and slides from the spring meetup, with links to every talk.
tags:
  - haskell
  - meetup
  - slides
categories: [events]
aliases:
  - /2019/04/kansai-meetup/
params:
  toc: true
  images:
    - /img/meetup.png
weight: 10
---
` + strings.Repeat("Some paragraph text with a [link](https://example.com) and `code`.\n\n<script async class=\"speakerdeck-embed\" data-id=\"3b6f\" src=\"//speakerdeck.com/assets/embed.js\"></script>\n\n", 50))

func BenchmarkParseBytesUntouched(b *testing.B) {
	b.SetBytes(int64(len(benchPost)))
	for b.Loop() {
		d, err := Parse(benchPost)
		if err != nil {
			b.Fatal(err)
		}
		if _, err := d.Bytes(); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkMeta(b *testing.B) {
	b.SetBytes(int64(len(benchPost)))
	for b.Loop() {
		d, _ := Parse(benchPost)
		if _, err := d.Meta(); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkEditInPlace(b *testing.B) {
	b.SetBytes(int64(len(benchPost)))
	for b.Loop() {
		d, _ := Parse(benchPost)
		m, err := d.Meta()
		if err != nil {
			b.Fatal(err)
		}
		_ = m.Rename("lastmod", "lastMod")
		m.Set("draft", NewBool(true))
		if _, err := d.Bytes(); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkConvert(b *testing.B) {
	for _, to := range []Format{TOML, JSON} {
		b.Run("yaml-to-"+string(to), func(b *testing.B) {
			b.SetBytes(int64(len(benchPost)))
			for b.Loop() {
				d, _ := Parse(benchPost)
				if _, err := d.SetFormat(to); err != nil {
					b.Fatal(err)
				}
				if _, err := d.Bytes(); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
