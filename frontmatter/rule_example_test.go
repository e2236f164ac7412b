package frontmatter_test

import (
	"fmt"
	"log"
	"strings"

	"github.com/hugofmt/hugofmt/frontmatter"
)

// A Jekyll post, made what Hugo expects by the hugo preset. What the rules
// cannot decide for the author, they leave and warn of.
func ExampleApplyRules() {
	src := []byte(`---
layout: post
title: "Day 1"
date: 2016-12-01 12:42:26 +0000
categories: learn css # Jekyll splits on spaces
permalink: /grid/day-1/
published: false
Title: Day One
---
Body
`)
	d, err := frontmatter.Parse(src)
	if err != nil {
		log.Fatal(err)
	}
	rules, err := frontmatter.RulesByName("hugo")
	if err != nil {
		log.Fatal(err)
	}
	changes, warnings, err := frontmatter.ApplyRules(d, frontmatter.Config{}, rules...)
	if err != nil {
		log.Fatal(err)
	}
	out, err := d.Bytes()
	if err != nil {
		log.Fatal(err)
	}
	fmt.Printf("%s\n", out)
	for _, c := range changes {
		fmt.Println(c)
	}
	for _, w := range warnings {
		fmt.Println("warning:", w)
	}
	// Output:
	// ---
	// layout: post
	// title: "Day 1"
	// date: 2016-12-01T12:42:26+00:00
	// categories: # Jekyll splits on spaces
	//   - learn
	//   - css
	// url: /grid/day-1/
	// draft: true
	// Title: Day One
	// ---
	// Body
	//
	// 4:7: dates: date "2016-12-01 12:42:26 +0000" → 2016-12-01T12:42:26+00:00 (same instant, in the form Hugo documents)
	// 5:13: taxonomies: categories "learn css" → [learn, css] (Hugo read one term)
	// 6:1: aliases: permalink → url (Jekyll's per-page URL; Hugo ignores it)
	// 7:1: aliases: published: false → draft: true (Hugo stops on a boolean published: not a parsable date)
	// warning: 8:1: keys: "title" and "Title" differ only in case: Hugo keeps one of them, at random; merge them by hand
}

// The rules, as the batch tool's -help lists them.
func ExampleRules() {
	for _, r := range frontmatter.Rules() {
		fmt.Printf("%-10s %.40s…\n", r.Name(), r.Summary())
	}
	// Output:
	// keys       spell Hugo's front matter keys as Hugo d…
	// aliases    rename keys from Jekyll, Hexo and WordPr…
	// taxonomies make tags, categories and other taxonomi…
	// dates      write the dates Hugo reads in a form it …
	// types      unquote the booleans and numbers Hugo re…
	// order      put the well-known keys first, in a fixe…
	// format     rewrite the front matter in the format C…
}

// Rule names and presets, as -r takes them; an unknown name is an error.
func ExampleRulesByName() {
	rules, _ := frontmatter.RulesByName("order,hugo,-taxonomies")
	for _, r := range rules {
		fmt.Println(r.Name())
	}
	_, err := frontmatter.RulesByName("hugo,speling")
	fmt.Println(err)
	// Output:
	// keys
	// aliases
	// dates
	// types
	// order
	// unknown rule "speling" (rules: keys, aliases, taxonomies, dates, types, order, format; presets: hugo, all)
}

// The presets, as the batch tool's -help lists them.
func ExamplePresets() {
	for _, p := range frontmatter.Presets() {
		fmt.Printf("%s: %s: %s\n", p.Name, p.Summary, strings.Join(p.Rules, ", "))
	}
	// Output:
	// hugo: the front matter rules Hugo needs: keys, aliases, taxonomies, dates, types
}
