// Package testgen generates Hugo posts that look like the ones years-old
// sites carry, for benchmarks and for tests that want more content than
// anyone would write by hand.
//
// A generated post has front matter in YAML (about 55% of posts), TOML
// (33%), JSON (8%) or none (4%), with keys spelled every way (lastmod,
// lastMod, LastMod), quoted booleans, comments, dates in every form Hugo
// reads, nested params, page-bundle resources and the leftovers of Jekyll,
// WordPress and Hexo. Its body, English or Japanese and about 8 KB long,
// holds headings, lists, code blocks, tables and the raw embed HTML of
// every provider hugofmt knows, in the forms their services give, at the
// top level, in list items, in block quotes and right after a line of
// text; it also holds embed-looking HTML that must stay as it is, inside
// code blocks, code spans, HTML comments and highlight shortcodes, and
// iframes and scripts no provider claims. About 5% of posts have CRLF line
// endings and 2% a byte order mark.
//
// Generation is deterministic: a seed and an index give the same bytes on
// every machine and with every Go release, and each post is generated on
// its own, so post i is the same in a tree of 100 posts or of 100,000.
// Every generated site builds with Hugo (with unsafe HTML on, so that the
// embeds render) unless Config.Broken asks for the few things Hugo refuses.
package testgen

import (
	"bytes"
	"strconv"
)

// Config chooses what a Generator writes.
type Config struct {
	// Seed selects the corpus: the same seed gives the same posts.
	Seed uint64
	// Broken makes about 1% of the posts carry front matter Hugo refuses
	// to build (dates it cannot parse, Jekyll's "published"), which the
	// library's rules report or fix.
	Broken bool
}

// A Generator writes posts. It holds no state but its Config, and its
// methods may be called from several goroutines at once.
type Generator struct{ cfg Config }

// New returns a Generator for cfg.
func New(cfg Config) *Generator { return &Generator{cfg: cfg} }

// Info describes a generated post.
type Info struct {
	// Path is where the post goes, slash-separated, relative to the site
	// root: "content/posts/2019/some-title-000042.md", or
	// ".../some-title-000042/index.md" for a page bundle.
	Path   string
	Format Format
	Lang   string // English or Japanese
	CRLF   bool   // every line ends in "\r\n"
	BOM    bool   // the file starts with a UTF-8 byte order mark
	// Embeds lists the embed HTML written in the body, in order, and the
	// embed-looking text inside code (Context.Code), which must stay.
	Embeds []Embed
}

// An Embed is embed HTML written into a post, or embed-looking text
// written where it is not HTML.
type Embed struct {
	// Provider is the provider expected to claim it: "youtube", "x" …;
	// "" for HTML no provider should claim.
	Provider string
	// Form names how it is written, unique within the provider:
	// "script", "iframe-credit", "multiline" …
	Form    string
	Context Context
	// Line and Col give the position of its first byte in the file,
	// 1-based, the column in bytes.
	Line, Col int
}

// Context says where in the Markdown an embed is written.
type Context string

// Where embeds are written. The first four are HTML that Hugo renders;
// the others are text.
const (
	TopLevel  Context = "top"        // an HTML block between blank lines
	InList    Context = "list"       // inside a list item
	InQuote   Context = "quote"      // inside a block quote
	AfterText Context = "after-text" // on the line after a paragraph's text

	InFence     Context = "fenced-code"       // in a fenced code block
	InIndented  Context = "indented-code"     // in an indented code block
	InCodeSpan  Context = "code-span"         // in an inline code span
	InComment   Context = "html-comment"      // in an HTML comment
	InHighlight Context = "highlight"         // inside {{< highlight >}}
	Escaped     Context = "escaped-shortcode" // an escaped shortcode, {{</* youtube … */>}}
)

// Code reports whether c is a place where embed-looking text is text, and
// must come out of any conversion unchanged.
func (c Context) Code() bool {
	switch c {
	case TopLevel, InList, InQuote, AfterText:
		return false
	}
	return true
}

// The shape of the corpus.
const (
	firstYear = 2008
	lastYear  = 2024
	// minBody and maxBody bound the body size, drawn uniformly: 8 KB on
	// average.
	minBody = 3000
	maxBody = 13000
	// blockSize is about how many bytes a block of prose takes, to spread
	// the embeds over the body.
	blockSize = 350
)

// post holds the state of the post being generated.
type post struct {
	r      *rng
	b      []byte
	index  int
	ja     bool // Japanese prose
	plain  bool // prose without Markdown markup, for now
	wrap   bool // English paragraphs are hard-wrapped
	broken bool // may carry what Hugo refuses (Config.Broken)
	bundle bool // a page bundle with resources
	embeds []Embed
	marks  []int // the offset in b of each embed, for its position

	memo    []memo // placeholder values of the embed being written
	scratch []byte
}

// Post appends post i to buf and returns the extended buffer and what the
// post holds. Passing the previous result's buf[:0] reuses its memory.
func (g *Generator) Post(buf []byte, i int) ([]byte, Info) {
	r := newRNG(g.cfg.Seed, i)
	p := &post{r: r, b: buf, index: i, broken: g.cfg.Broken && r.chance(30)}
	p.ja = r.chance(300)
	p.wrap = !p.ja && r.chance(400)
	p.bundle = r.chance(100)
	format := []Format{YAML, TOML, JSON, None}[r.weighted([]int{55, 33, 8, 4})]
	info := Info{Format: format, Lang: p.lang(), CRLF: r.chance(50), BOM: r.chance(20)}
	year := firstYear + r.intn(lastYear-firstYear+1)
	date := strconv.Itoa(year) + "-" + twoDigits(1+r.intn(12)) + "-" + twoDigits(1+r.intn(28))
	info.Path = p.path(year)

	start := len(p.b)
	if info.BOM {
		p.str("\ufeff")
	}
	p.frontMatter(format, date)
	if format != None {
		p.str("\n")
	}
	p.body()
	info.Embeds = p.positions(start)
	if info.CRLF {
		p.b = append(p.b[:start], bytes.ReplaceAll(p.b[start:], []byte("\n"), []byte("\r\n"))...)
	}
	return p.b, info
}

// path returns where the post goes.
func (p *post) path(year int) string {
	section := []string{"posts", "blog", "notes"}[p.r.weighted([]int{80, 10, 10})]
	name := p.text(func() {
		p.slug(p.r.between(2, 4))
		p.str("-")
		p.b = append(p.b, fmt6(p.index)...)
	})
	dir := "content/" + section + "/" + strconv.Itoa(year) + "/"
	if p.bundle {
		return dir + name + "/index.md"
	}
	return dir + name + ".md"
}

// fmt6 formats n with at least six digits, so that file names sort in
// the order of the posts.
func fmt6(n int) string {
	s := strconv.Itoa(n)
	for len(s) < 6 {
		s = "0" + s
	}
	return s
}

// body appends the content: prose blocks up to a drawn size, with the
// post's embeds and code-bound look-alikes spread among them.
func (p *post) body() {
	r := p.r
	target := len(p.b) + r.between(minBody, maxBody)
	var embeds int
	switch r.weighted([]int{45, 40, 12, 3}) {
	case 1:
		embeds = r.between(1, 3)
	case 2:
		embeds = r.between(4, 10)
	case 3:
		embeds = r.between(20, 40)
	}
	heavy := embeds >= 20 // conference notes, like the seed post
	var decoys int
	if r.chance(120) {
		decoys = r.between(1, 3)
	}

	p.paragraph()
	if r.chance(250) {
		p.str("<!--more-->\n\n")
	}
	if r.chance(30) {
		p.str("{{< youtube ")
		p.b = r.id(p.b, urlSafe, 11)
		p.str(" >}}\n\n")
	}
	for len(p.b) < target || embeds+decoys > 0 {
		left := max(1, (target-len(p.b))/blockSize)
		if n := embeds + decoys; n > 0 && (r.intn(left) < n || len(p.b) >= target) {
			if r.intn(n) < embeds {
				p.embed(heavy)
				embeds--
			} else {
				p.decoy()
				decoys--
			}
			continue
		}
		p.block()
	}
}

// block appends a block of prose.
func (p *post) block() {
	switch p.r.weighted([]int{45, 10, 12, 7, 5, 2, 5, 3}) {
	case 0:
		p.paragraph()
	case 1:
		p.heading()
	case 2:
		p.list()
	case 3:
		p.codeBlock()
	case 4:
		p.blockQuote()
	case 5:
		p.table()
	case 6:
		p.image()
	default:
		p.htmlBlock()
	}
}

// positions turns the marks of the post's embeds into lines and columns
// in the file that starts at b[start:].
func (p *post) positions(start int) []Embed {
	line, lineStart, i := 1, start, start
	for k, m := range p.marks {
		for ; i < m; i++ {
			if p.b[i] == '\n' {
				line, lineStart = line+1, i+1
			}
		}
		p.embeds[k].Line, p.embeds[k].Col = line, m-lineStart+1
	}
	return p.embeds
}

// Display and user names for the embeds' credits and the front matter.
var (
	displayNames = []string{"Taro Yamada", "山田太郎", "Hanako Sato", "佐藤花子",
		"Jane Doe", "John Smith", "Rachel Andrew", "The Carpentries", "Go Team",
		"Kubernetes SIG Docs"}
	userNames = []string{"taro", "hanako_dev", "gopher", "kubefan",
		"devrel_jp", "jdoe", "rachelandrew", "carpentries", "hugo_fan", "cndt"}
)
