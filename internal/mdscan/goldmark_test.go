package mdscan

import (
	"flag"
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	extast "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"

	"github.com/hugofmt/hugofmt/frontmatter"
	"github.com/hugofmt/hugofmt/internal/corpus"
)

// hugoMarkdown is goldmark configured as Hugo v0.160 configures it by
// default, as far as parsing goes, except that footnote definitions stay
// where they are in the tree: the footnote extension moves them to a list
// (and loses nested ones) after the parse we compare with.
func hugoMarkdown() goldmark.Markdown {
	return goldmark.New(
		goldmark.WithExtensions(
			extension.Table, extension.Strikethrough, extension.Linkify, extension.TaskList,
			extension.Typographer, extension.DefinitionList,
		),
		goldmark.WithParserOptions(
			parser.WithAttribute(),
			parser.WithBlockParsers(util.Prioritized(footnoteInPlace{extension.NewFootnoteBlockParser()}, 999)),
			parser.WithInlineParsers(util.Prioritized(extension.NewFootnoteParser(), 101)),
		),
	)
}

// footnoteInPlace is goldmark's footnote block parser, without the move.
type footnoteInPlace struct{ parser.BlockParser }

func (footnoteInPlace) Close(ast.Node, text.Reader, parser.Context) {}

// gmLine is what goldmark says of one line.
type gmLine struct {
	node    ast.Node
	kind    Kind
	html    int
	content int // start of the line's segment, -1 when goldmark records none
}

// goldmarkLines parses the Doc's view with goldmark and reports, for each
// line goldmark assigns to a leaf block, which block and kind it is.
func goldmarkLines(d *Doc) map[int]gmLine {
	root := hugoMarkdown().Parser().Parse(text.NewReader(d.view))
	out := map[int]gmLine{}
	put := func(n ast.Node, k Kind, html int, off int, content int) {
		if l := d.LineAt(off); l >= 0 {
			if _, seen := out[l]; !seen {
				out[l] = gmLine{n, k, html, content}
			}
		}
	}
	putLines := func(n ast.Node, k Kind, html int) {
		for i := 0; i < n.Lines().Len(); i++ {
			seg := n.Lines().At(i)
			put(n, k, html, seg.Start, seg.Start)
		}
	}
	_ = ast.Walk(root, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch n := n.(type) {
		case *ast.Paragraph, *ast.TextBlock, *extast.DefinitionTerm:
			putLines(n, Paragraph, 0)
		case *ast.Heading:
			putLines(n, Heading, 0)
		case *ast.FencedCodeBlock:
			put(n, FencedCode, 0, n.Pos(), -1)
			putLines(n, FencedCode, 0)
			return ast.WalkSkipChildren, nil
		case *ast.CodeBlock:
			putLines(n, IndentedCode, 0)
			return ast.WalkSkipChildren, nil
		case *ast.HTMLBlock:
			putLines(n, HTMLBlock, int(n.HTMLBlockType))
			if n.HasClosure() {
				put(n, HTMLBlock, int(n.HTMLBlockType), n.ClosureLine.Start, n.ClosureLine.Start)
			}
			return ast.WalkSkipChildren, nil
		case *ast.ThematicBreak:
			put(n, ThematicBreak, 0, n.Pos(), -1)
		case *extast.Table:
			// A table's cells keep no lines; its text segments do.
			tbl := n
			_ = ast.Walk(n, func(c ast.Node, entering bool) (ast.WalkStatus, error) {
				if t, ok := c.(*ast.Text); ok && entering {
					put(tbl, Paragraph, 0, t.Segment.Start, -1)
				}
				return ast.WalkContinue, nil
			})
			return ast.WalkSkipChildren, nil
		}
		return ast.WalkContinue, nil
	})
	return out
}

// disagreements lists where mdscan's blocks differ from goldmark's: the
// kind of each line's block, which lines make one block, and where
// paragraph and HTML lines start.
func disagreements(d *Doc) []string {
	gm := goldmarkLines(d)
	var diffs []string
	report := func(l int, format string, args ...any) {
		line := d.view[d.lines[l].Start:d.lines[l].End]
		diffs = append(diffs, fmt.Sprintf("line %d %q: %s", l+1, line, fmt.Sprintf(format, args...)))
	}
	gmBlockOf := map[ast.Node]int{} // goldmark node → mdscan block
	mdNodeOf := map[int]ast.Node{}  // mdscan block → goldmark node
	for l, line := range d.lines {
		g, covered := gm[l]
		if !covered {
			if line.Block >= 0 && !uncoveredOK(d, line.Block, l) {
				report(l, "mdscan: %v, goldmark: none", d.blocks[line.Block].Kind)
			}
			continue
		}
		if line.Block < 0 {
			report(l, "mdscan: none, goldmark: %v", g.kind)
			continue
		}
		b := d.blocks[line.Block]
		if b.Kind != g.kind || b.HTMLType != g.html {
			report(l, "mdscan: %v (type %d), goldmark: %v (type %d)", b.Kind, b.HTMLType, g.kind, g.html)
			continue
		}
		if prev, ok := gmBlockOf[g.node]; ok && prev != line.Block {
			report(l, "goldmark continues block %d here, mdscan starts block %d", prev, line.Block)
		}
		if prev, ok := mdNodeOf[line.Block]; ok && prev != g.node {
			report(l, "mdscan continues block %d here, goldmark starts a new one", line.Block)
		}
		gmBlockOf[g.node], mdNodeOf[line.Block] = line.Block, g.node
		if g.content >= 0 && (b.Kind == Paragraph || b.Kind == HTMLBlock) {
			want, got := g.content, line.Content
			if b.Kind == Paragraph {
				want, got = skipBlanks(d.view, want), skipBlanks(d.view, got)
			}
			if want != got {
				report(l, "content starts at %d, goldmark says %d", got, want)
			}
		}
	}
	return diffs
}

// uncoveredOK reports the lines of mdscan's blocks that goldmark's nodes
// do not list: fences, setext underlines, link reference definitions.
func uncoveredOK(d *Doc, b, l int) bool {
	blk := d.blocks[b]
	switch blk.Kind {
	case FencedCode:
		return l == blk.First || l == blk.Last
	case Paragraph, Heading, ThematicBreak:
		return true
	}
	return false
}

func skipBlanks(b []byte, i int) int {
	for i < len(b) && isSpace(b[i]) && b[i] != '\n' {
		i++
	}
	return i
}

// corpusBodies returns the bodies of the corpus's files, by path.
func corpusBodies(t testing.TB) map[string][]byte {
	bodies := map[string][]byte{}
	for path, src := range corpus.Files(t, "../..") {
		if doc, err := frontmatter.Parse(src); err == nil {
			bodies[path] = doc.Body()
		}
	}
	return bodies
}

func TestCorpusAgreesWithGoldmark(t *testing.T) {
	bodies := corpusBodies(t)
	lines := 0
	for path, body := range bodies {
		d := Scan(body)
		lines += len(d.lines)
		if diffs := disagreements(d); len(diffs) > 0 {
			t.Errorf("%s: %d lines differ from goldmark:\n%s", path, len(diffs), strings.Join(first(diffs, 10), "\n"))
		}
	}
	t.Logf("%d bodies, %d lines: block structure as goldmark's", len(bodies), lines)
}

func first(s []string, n int) []string { return s[:min(n, len(s))] }

func FuzzAgreesWithGoldmark(f *testing.F) {
	for _, seed := range blockCases {
		f.Add([]byte(seed.src))
	}
	f.Fuzz(func(t *testing.T, body []byte) {
		d := Scan(body) // must not panic, whatever the input
		for b := range d.Blocks() {
			d.Inline(b)
		}
		if diffs := disagreements(d); len(diffs) > 0 {
			t.Errorf("%q: differs from goldmark:\n%s", body, strings.Join(first(diffs, 5), "\n"))
		}
	})
}

var (
	genN    = flag.Int("gen", 4000, "number of documents TestGeneratedAgreesWithGoldmark builds")
	genSeed = flag.Uint64("genseed", 1, "seed of TestGeneratedAgreesWithGoldmark's documents")
)

// TestGeneratedAgreesWithGoldmark compares with goldmark on documents
// built from the lines that decide block structure, in random nestings:
// byte-level fuzzing rarely finds these.
func TestGeneratedAgreesWithGoldmark(t *testing.T) {
	prefixes := []string{"", "", "", "> ", ">", "- ", "* ", "1. ", "2) ", "  ", "   ", "    ", "\t", " \t", ">\t",
		"[^1]: ", ": ", "-\t", "10. ", "- > ", "> - ", "  - ", "+ ", "1) ", "     ", ">>", "-   ", "1.  "}
	contents := []string{"text", "text", "", "", "```", "```go", "~~~", "````", "<div>", "</div>", "<iframe src=x></iframe>",
		"<script>", "</script>", "<script src=x></script>", "<!--", "-->", "<!-- c -->", "<span>", "<a href=x>",
		"<?php", "?>", "<!DOCTYPE html>", "<![CDATA[", "]]>", "---", "***", "===", "# h", "#", "- - -",
		"    code", "<pre>", "</pre>", "<p>x</p>", "<textarea>", "Term", "[^x]: y", "{{< x >}}", "* a", "\t\tt",
		"| a | b |", "|---|---|", "a|b", "-|-", ":-:", "[a]: /u", "[a]:", "<div\tclass=x>", "</div  >", "<DIV>",
		"<a\nhref>", "+ b", "3. c", "     five", ">> q", "`code`", "<!-->", "<x-y>", "<p", "\\<div>"}
	rng := rand.New(rand.NewPCG(*genSeed, 2))
	n := *genN
	if testing.Short() {
		n = 400
	}
	for range n {
		var b strings.Builder
		for range 2 + rng.IntN(8) {
			for range rng.IntN(3) {
				b.WriteString(prefixes[rng.IntN(len(prefixes))])
			}
			b.WriteString(contents[rng.IntN(len(contents))])
			if rng.IntN(10) == 0 {
				b.WriteString("\r")
			}
			b.WriteString("\n")
		}
		src := []byte(b.String())
		if diffs := disagreements(Scan(src)); len(diffs) > 0 {
			t.Fatalf("%q differs from goldmark:\n%s", src, strings.Join(first(diffs, 5), "\n"))
		}
	}
}
