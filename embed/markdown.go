package embed

import (
	"net/url"
	"strings"
)

// inlineMarkdown renders the text of el as one line of Markdown that reads
// back as the same text: links stay links, line breaks and paragraphs
// become spaces, scripts and styles are dropped, and everything Markdown
// or Hugo would read as syntax is escaped.
func inlineMarkdown(el *Element) string { return inlineMarkdownWithout(el, nil) }

// inlineMarkdownWithout renders el as inlineMarkdown does, leaving out
// the elements for which leave reports true, with all they hold.
func inlineMarkdownWithout(el *Element, leave func(*Element) bool) string {
	s := inlineText(el, leave)
	if startsBlock(s) {
		s = `\` + s
	}
	return s
}

// inlineText renders el as inlineMarkdownWithout does, without guarding
// its start.
func inlineText(el *Element, leave func(*Element) bool) string {
	var b strings.Builder
	writeInline(&b, el, leave)
	return oneLine(b.String())
}

func writeInline(b *strings.Builder, el *Element, leave func(*Element) bool) {
	for _, p := range el.content {
		if p.el == nil {
			b.WriteString(escapeMarkdown(p.text))
			continue
		}
		if leave != nil && leave(p.el) {
			continue
		}
		switch p.el.Tag {
		case "script", "style":
		case "a":
			text := inlineText(p.el, leave)
			if href := linkURL(p.el.Attr("href")); href != "" && text != "" {
				b.WriteString("[" + text + "](" + escapeDestination(href) + ")")
			} else {
				b.WriteString(text)
			}
		default:
			b.WriteByte(' ')
			writeInline(b, p.el, leave)
			b.WriteByte(' ')
		}
	}
}

var markdownEscaper = strings.NewReplacer(
	`\`, `\\`, "`", "\\`", `*`, `\*`, `[`, `\[`, `]`, `\]`,
	`<`, `\<`, `>`, `\>`, `|`, `\|`, `~`, `\~`, `&`, `&amp;`,
	// Hugo reads "{{<" and "{{%" as shortcodes even in text.
	`{{`, `{&#123;`,
)

// escapeMarkdown escapes what Markdown or Hugo would read as syntax in s.
// An underscore inside a word (snake_case, @L2D_Team) is left: it never
// starts emphasis.
func escapeMarkdown(s string) string {
	s = markdownEscaper.Replace(s)
	if !strings.Contains(s, "_") {
		return s
	}
	var b strings.Builder
	for i := range len(s) {
		if s[i] == '_' && !(i > 0 && isWordByte(s[i-1]) && i+1 < len(s) && isWordByte(s[i+1])) {
			b.WriteByte('\\')
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c >= 0x80
}

// linkURL returns href as the destination of a Markdown link: an http or
// https URL as written, a protocol-relative one with https (the page may
// not be served as it was), or "" for anything else (a relative path,
// javascript:), which Rewrite cannot resolve.
func linkURL(href string) string {
	href = strings.TrimSpace(href)
	if strings.HasPrefix(href, "//") {
		href = "https:" + href
	}
	u, err := url.Parse(href)
	if err != nil || u.Host == "" || (u.Scheme != "http" && u.Scheme != "https") {
		return ""
	}
	return u.String()
}

var destinationEscaper = strings.NewReplacer(" ", "%20", "(", "%28", ")", "%29", "<", "%3C", ">", "%3E", "{{", "%7B%7B")

func escapeDestination(s string) string { return destinationEscaper.Replace(s) }

// startsBlock reports whether a line starting with s would start a block
// (a heading, a list item, a block quote …) rather than a paragraph.
func startsBlock(s string) bool {
	if s == "" {
		return false
	}
	switch s[0] {
	case '#', '+', '-', '=', ':':
		return true
	}
	i := 0
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	return i > 0 && i < len(s) && (s[i] == '.' || s[i] == ')')
}
