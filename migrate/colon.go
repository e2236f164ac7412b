package migrate

import (
	"bytes"
	"container/heap"
	"sort"
	"strings"

	"github.com/hugofmt/hugofmt/embed"
	"github.com/hugofmt/hugofmt/internal/mdscan"
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
	ends := p.closers()
	for i, ln := range lines {
		if ln.Block < 0 || ends.taken(i) {
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
		end := ends.closing(i, colons)
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
			ends.take(end)
		}
	}
}

// closers finds the lines that can close a container: a line of colons
// alone, in text. It reads the body once, so that finding the end of each
// container costs a look-up, not a walk to the end of the body (which
// made a body of unclosed containers quadratic).
func (p *pass) closers() *colonEnds {
	doc := p.scan()
	lines, blocks := doc.Lines(), doc.Blocks()
	e := &colonEnds{byParent: map[int][]colonEnd{}, lines: lines, blocks: blocks}
	for j, ln := range lines {
		if ln.Block < 0 {
			continue
		}
		if !bytes.HasPrefix(bytes.TrimLeft(p.text[ln.Content:ln.End], " "), []byte(":::")) {
			continue // colonLine would say no
		}
		l := p.line(ln.Start)
		if at, n, rest, ok := p.colonLine(l); ok && rest == "" && p.zone(at, l.end) == inText {
			parent := blocks[ln.Block].Parent
			e.byParent[parent] = append(e.byParent[parent], colonEnd{j, n})
		}
	}
	return e
}

// colonEnds are the lines that can close containers, and those taken.
type colonEnds struct {
	byParent map[int][]colonEnd // by the container holding them, in order
	taken_   map[int]bool       // lines taken as the end of a container
	next     intHeap            // the lines taken, after the last opening asked about
	lines    []mdscan.Line
	blocks   []mdscan.Block
}

// A colonEnd is a line of colons alone: its index and its colons.
type colonEnd struct{ line, colons int }

// taken reports whether line j closes a container.
func (e *colonEnds) taken(j int) bool { return e.taken_[j] }

// take records that line j closes a container.
func (e *colonEnds) take(j int) {
	if e.taken_ == nil {
		e.taken_ = map[int]bool{}
	}
	e.taken_[j] = true
	heap.Push(&e.next, j)
}

// closing returns the line closing the container opened on line open with
// the given number of colons, or -1: the next line of at least as many
// colons alone in the same container, unless a line taken as the end of
// another container comes first. Lines open must be asked about in
// increasing order.
func (e *colonEnds) closing(open, colons int) int {
	for len(e.next) > 0 && e.next[0] <= open {
		heap.Pop(&e.next)
	}
	parent := e.blocks[e.lines[open].Block].Parent
	ends := e.byParent[parent]
	k := sort.Search(len(ends), func(k int) bool { return ends[k].line > open })
	for ; k < len(ends); k++ {
		if len(e.next) > 0 && e.next[0] <= ends[k].line {
			return -1 // the end of another container comes first
		}
		if ends[k].colons >= colons {
			return ends[k].line
		}
	}
	return -1
}

// An intHeap is a min-heap of ints (container/heap).
type intHeap []int

func (h intHeap) Len() int           { return len(h) }
func (h intHeap) Less(i, j int) bool { return h[i] < h[j] }
func (h intHeap) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *intHeap) Push(x any)        { *h = append(*h, x.(int)) }
func (h *intHeap) Pop() any {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}

// zenn is the zenn-syntax rule: containers, embeds and image widths.
func zenn(p *pass) {
	zennBlocks().run(p)
	zennEmbeds(p)
	zennImages(p)
}

// qiita is the qiita-notes rule.
func qiita(p *pass) { qiitaBlocks().run(p) }
