package migrate_test

import (
	"fmt"
	"log"
	"maps"
	"slices"

	"github.com/hugofmt/hugofmt/frontmatter"
	"github.com/hugofmt/hugofmt/migrate"
)

// A Jekyll post's body, through the rules of the jekyll preset: the
// highlight block becomes a fence, the video the shortcode the embed
// rules make of a YouTube iframe, the summary divider Hugo's; the theme's
// tag is left, and named.
func ExampleRulesByName() {
	rules, err := migrate.RulesByName("jekyll")
	if err != nil {
		log.Fatal(err)
	}
	body := []byte(`The summary.

<!-- more -->

{% highlight ruby linenos %}
puts "Hello"
{% endhighlight %}

{% youtube dQw4w9WgXcQ %}

{% notice info %}Back up first.{% endnotice %}
`)
	for _, r := range rules {
		var findings []migrate.Finding
		body, findings = r.Rewrite(body)
		for _, f := range findings {
			fmt.Println(f)
		}
	}
	fmt.Printf("\n%s", body)
	// Output:
	// 5:1: jekyll-tags: {% highlight %} → ```ruby {linenos=true}
	// 9:1: jekyll-tags: {% youtube %} → {{< youtube id="dQw4w9WgXcQ" >}}
	// 11:1: jekyll-tags: {% notice %} left: unknown tag
	// 3:1: more: <!-- more --> → <!--more-->
	//
	// The summary.
	//
	// <!--more-->
	//
	// ```ruby {linenos=true}
	// puts "Hello"
	// ```
	//
	// {{< youtube id="dQw4w9WgXcQ" >}}
	//
	// {% notice info %}Back up first.{% endnotice %}
}

// A Zenn article, as a document: findings are placed in the file, front
// matter included.
func ExampleRule_Migrate() {
	doc, err := frontmatter.Parse([]byte(`---
title: "Zenn"
---
:::message alert
Read this *first*.
:::

@[speakerdeck](3b6f73bb6b984c2196261c3e320e5b92)
`))
	if err != nil {
		log.Fatal(err)
	}
	rules, _ := migrate.RulesByName("zenn")
	for _, r := range rules {
		findings, err := r.Migrate(doc)
		if err != nil {
			log.Fatal(err)
		}
		for _, f := range findings {
			fmt.Println(f)
		}
	}
	out, _ := doc.Bytes()
	fmt.Printf("\n%s", out)
	// Output:
	// 4:1: zenn-syntax: :::message → {{< callout type="warning" >}}…{{< /callout >}}
	// 8:1: zenn-syntax: @[speakerdeck] → {{< speakerdeck id="3b6f73bb6b984c2196261c3e320e5b92" >}}
	//
	// ---
	// title: "Zenn"
	// ---
	// {{< callout type="warning" >}}
	// Read this *first*.
	// {{< /callout >}}
	//
	// {{< speakerdeck id="3b6f73bb6b984c2196261c3e320e5b92" >}}
}

// Left counts what the rules left, by syntax: what a site still needs a
// template or a hand for.
func ExampleLeft() {
	rules, _ := migrate.RulesByName("hexo-tags")
	_, findings := rules[0].Rewrite([]byte("{% label primary@New %} {% label danger@Old %}\n\n{% tabs Install %}\n…\n{% endtabs %}\n"))
	left := migrate.Left(findings)
	for _, syntax := range slices.Sorted(maps.Keys(left)) {
		fmt.Println(syntax, left[syntax])
	}
	// Output:
	// {% label %} 2
	// {% tabs %} 1
}
