package migrate

import (
	"bytes"
	"strings"

	"github.com/hugofmt/hugofmt/embed"
)

// Zenn and Qiita write asides as markdown-it containers:
//
//	:::message alert
//	Text, *Markdown*.
//	:::
//
// A container opens with a line of three colons or more and a keyword,
// spaces allowed between, and closes at the next line of at least as many
// colons alone, in the same container (a list item, a block quote): so an
// outer block nests others by using more colons. The rules turn them into
// paired shortcodes and leave what they hold as it is.

// A colonBlock gives the shortcode a container of one keyword becomes,
// given the rest of its opening line, or says why it is left.
type colonBlock func(args string) (sc embed.Shortcode, why string)

// colonBlocks is a rule's table of containers, by keyword.
type colonBlocks map[string]colonBlock

// zennBlocks are Zenn's containers.
func zennBlocks() colonBlocks {
	return colonBlocks{
		"message": func(args string) (embed.Shortcode, string) {
			switch args {
			case "":
				return calloutShortcode("note", ""), ""
			case "alert":
				return calloutShortcode("warning", ""), ""
			}
			return embed.Shortcode{}, "a message of unknown type " + args
		},
		"details": func(args string) (embed.Shortcode, string) {
			if args == "" {
				return embed.Shortcode{}, "no title: Zenn shows it as text"
			}
			return embed.Shortcode{Name: "details", Params: []embed.Param{embed.Named("summary", args)}}, ""
		},
	}
}

// colonKeywords are the keywords of every rule's containers.
var colonKeywords = map[string]bool{"message": true, "details": true, "note": true}

// qiitaTypes maps the types of Qiita's notes to the callout's.
var qiitaTypes = map[string]string{"": "note", "info": "note", "warn": "warning", "alert": "caution"}

// qiitaBlocks are Qiita's containers.
func qiitaBlocks() colonBlocks {
	return colonBlocks{
		"note": func(args string) (embed.Shortcode, string) {
			if typ, ok := qiitaTypes[args]; ok {
				return calloutShortcode(typ, ""), ""
			}
			return embed.Shortcode{}, "a note of unknown type " + args
		},
	}
}

// calloutShortcode returns the opening of the callout shortcode of a type
// and title.
func calloutShortcode(typ, title string) embed.Shortcode {
	return embed.Shortcode{Name: "callout", Params: []embed.Param{embed.Named("type", typ), embed.Named("title", title)}}
}

// colonLine reads a container line: the offset of its first colon, the
// number of colons, and what follows them, trimmed. It reports false for
// any other line.
func (p *pass) colonLine(l lineAt) (at, colons int, rest string, ok bool) {
	s := string(p.text[l.content:l.end])
	trimmed := strings.TrimLeft(s, " ")
	if len(s)-len(trimmed) > 3 {
		return 0, 0, "", false
	}
	colons = len(trimmed) - len(strings.TrimLeft(trimmed, ":"))
	if colons < 3 {
		return 0, 0, "", false
	}
	return l.content + len(s) - len(trimmed), colons, strings.Join(strings.Fields(trimmed[colons:]), " "), true
}

// run turns the containers of the body into shortcodes.
func (c colonBlocks) run(p *pass) {
	if !bytes.Contains(p.text, []byte(":::")) {
		return
	}
	doc := p.scan()
	lines := doc.Lines()
	closes := map[int]bool{} // lines taken as the end of a container
	for i, ln := range lines {
		if ln.Block < 0 || closes[i] {
			continue
		}
		l := p.line(ln.Start)
		at, colons, rest, ok := p.colonLine(l)
		if !ok || rest == "" || p.zone(at, l.end) != inText {
			continue
		}
		keyword, args, _ := strings.Cut(rest, " ")
		syntax := ":::" + keyword
		mk, known := c[keyword]
		if !known {
			if !colonKeywords[keyword] { // another rule's block is its business
				p.left(at, syntax, "unknown block")
			}
			continue
		}
		end := c.closing(p, i, colons, closes)
		if end < 0 {
			p.left(at, syntax, "no closing ::: in the same container")
			continue
		}
		sc, why := mk(args)
		if why != "" {
			p.left(at, syntax, why)
			continue
		}
		el := p.line(lines[end].Start)
		eat, _, _, _ := p.colonLine(el)
		if p.wrap(span{at, l.end}, span{eat, el.end}, syntax, sc) {
			closes[end] = true
		}
	}
}

// closing returns the line closing the container opened on line open with
// the given number of colons, or -1: the next line of colons alone in the
// same container, before the end of any container around it.
func (c colonBlocks) closing(p *pass, open, colons int, closes map[int]bool) int {
	doc := p.scan()
	lines, blocks := doc.Lines(), doc.Blocks()
	parent := blocks[lines[open].Block].Parent
	for j := open + 1; j < len(lines); j++ {
		if closes[j] {
			return -1
		}
		b := lines[j].Block
		if b < 0 || blocks[b].Parent != parent {
			continue
		}
		l := p.line(lines[j].Start)
		if at, n, rest, ok := p.colonLine(l); ok && rest == "" && n >= colons && p.zone(at, l.end) == inText {
			return j
		}
	}
	return -1
}

// zenn is the zenn-syntax rule: containers, embeds and image widths.
func zenn(p *pass) {
	zennBlocks().run(p)
	zennEmbeds(p)
	zennImages(p)
}

// qiita is the qiita-notes rule.
func qiita(p *pass) { qiitaBlocks().run(p) }
