// Package embed finds raw embed HTML in Markdown bodies (a Speaker Deck
// script, a SlideShare or YouTube iframe, a tweet's blockquote …) and
// rewrites it into Hugo shortcodes, which render in Hugo's safe mode where
// the raw HTML shows as <!-- raw HTML omitted -->.
//
// A Registry holds the providers, each of which recognises the embeds of
// one service; Default returns the ones hugofmt ships. Registry.Rewrite
// reads a body as Hugo does (shortcodes first, then goldmark's block
// structure) and never touches code, comments or shortcodes. Templates
// returns the shortcode templates hugofmt ships for the shortcodes Hugo
// lacks, and WriteTemplates installs them in a site.
package embed
