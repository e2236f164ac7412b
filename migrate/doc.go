// Package migrate rewrites content written for other blog engines into
// what Hugo renders: Jekyll's and Octopress's Liquid tags, Hexo's tag
// plugins, Zenn's and Qiita's notations, WordPress's shortcodes, and the
// bare video and slide URLs those engines turn into embeds. Hugo shows all
// of them as text: {% youtube abc %} printed on the page, @[speakerdeck](id)
// as a paragraph, :::message as stray colons.
//
// Each syntax family is a [Rule], off unless named; [Presets] group them
// by engine, and [RulesByName] reads both, as the batch tool's -r flag
// does:
//
//	jekyll     jekyll-tags, more
//	hexo       hexo-tags, more
//	zenn       fence-titles, zenn-syntax
//	qiita      fence-titles, qiita-notes
//	wordpress  wp-shortcodes, more
//	           bare-urls (opt-in, in no preset)
//
// What it writes:
//
//   - code blocks ({% highlight %}, {% codeblock %}) become fenced code
//     blocks with Hugo's attributes (linenos, hl_lines, title), and titled
//     fences (```ruby:app.rb) get a title attribute;
//   - embeds ({% youtube %}, @[speakerdeck](…), [embed]URL[/embed], a URL on
//     a line of its own) become exactly the shortcode the embed package
//     makes of the service's own embed HTML;
//   - images ({% img %}, {% asset_img %}, [caption], ![](… =250x)) become
//     Hugo's figure; links to posts ({% post_url %}, {% post_link %}) its
//     ref; quotes ({% blockquote %}) Markdown block quotes;
//   - asides (:::message, :::note, NexT's {% note %}) become the callout
//     shortcode hugofmt ships with the embed templates (see
//     embed.Templates), and :::details Hugo's details;
//   - <!-- more --> and Jekyll's excerpt_separator become <!--more-->.
//
// Like the rest of hugofmt, the rules read a body as Hugo does (with
// internal/mdscan) and never touch code, HTML comments or shortcodes: a
// post about Liquid keeps its examples. The Liquid engines read their tags
// before Markdown, so a {% highlight %} block is found before the fences
// its body may hold; but a tag that is itself in code is text. What a rule
// recognises but cannot map, and every tag it does not know, is left byte
// for byte and reported with its position, named so that [Left] can count
// what a site still needs a template for. Nothing is lost, every change is
// reported, and every rule is idempotent.
package migrate
