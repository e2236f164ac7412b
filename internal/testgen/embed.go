package testgen

import (
	"bytes"
	"strings"
)

// popularity weighs the providers as real sites use them: a post embeds a
// YouTube video or a tweet far more often than a Docswell deck. Providers
// not listed weigh 1; "" is HTML no provider claims.
var popularity = map[string]int{
	"youtube": 25, "x": 20, "gist": 8, "speakerdeck": 8, "slideshare": 6,
	"vimeo": 5, "instagram": 4, "codepen": 3, "": 8,
}

// The forms sorted for drawing, computed once from forms.
var (
	// groups holds the forms of each provider, in the order of forms,
	// and groupWeights their popularity.
	groups       [][]form
	groupWeights []int
	// conference holds the forms of conference notes like the seed post:
	// slide decks.
	conference []form
	// oneLine holds the forms that fit in a code span.
	oneLine []form
)

func init() {
	index := map[string]int{}
	for _, f := range forms {
		i, ok := index[f.provider]
		if !ok {
			i = len(groups)
			index[f.provider] = i
			groups = append(groups, nil)
			groupWeights = append(groupWeights, max(1, popularity[f.provider]))
		}
		groups[i] = append(groups[i], f)
		if f.provider == "speakerdeck" || f.provider == "slideshare" {
			conference = append(conference, f)
		}
		if !strings.Contains(f.html, "\n") {
			oneLine = append(oneLine, f)
		}
	}
}

// anyForm draws a form: a provider by popularity, then one of its forms.
func (p *post) anyForm() form { return pick(p.r, groups[p.r.weighted(groupWeights)]) }

// embed appends an embed in one of the places Hugo renders HTML. A heavy
// post, like the seed post, embeds mostly slide decks.
func (p *post) embed(heavy bool) {
	f := p.anyForm()
	if heavy && p.r.chance(700) {
		f = pick(p.r, conference)
	}
	switch ctx := []Context{TopLevel, InList, InQuote, AfterText}[p.r.weighted([]int{70, 12, 8, 10})]; ctx {
	case TopLevel:
		p.write(f, ctx)
		p.str("\n\n")
	case AfterText:
		p.sentence()
		p.str("\n")
		p.write(f, ctx)
		p.str("\n\n")
	case InList:
		marker := pick(p.r, []string{"- ", "* ", "1. "})
		p.str(marker)
		p.sentence()
		p.str("\n")
		if p.r.chance(300) {
			p.str("\n") // a loose item: the embed is a block of its own
		}
		p.prefixed(strings.Repeat(" ", len(marker)), f, ctx)
		p.str("\n")
	case InQuote:
		p.str("> ")
		p.sentence()
		p.str("\n")
		p.prefixed("> ", f, ctx)
		p.str("\n")
	}
}

// decoy appends embed-looking text where it is not HTML: code blocks, code
// spans, comments, highlight shortcodes, escaped shortcodes. A conversion
// must leave all of it as it is.
func (p *post) decoy() {
	f := p.anyForm()
	switch ctx := []Context{InFence, InIndented, InCodeSpan, InComment, InHighlight, Escaped}[p.r.weighted([]int{35, 15, 20, 10, 10, 10})]; ctx {
	case InFence:
		fence := pick(p.r, []string{"```html", "```", "~~~"})
		p.str(fence + "\n")
		p.write(f, ctx)
		p.str("\n" + fence[:3] + "\n\n")
	case InIndented:
		// A paragraph first: after a list, indented lines would belong
		// to its last item.
		p.sentence()
		p.str("\n\n")
		p.prefixed("    ", f, ctx)
		p.str("\n")
	case InCodeSpan:
		f = pick(p.r, oneLine)
		p.str(pick(p.r, []string{"For example, `", "例えば `", "The service gives `"}))
		p.write(f, ctx)
		p.str("` and nothing else.\n\n")
	case InComment:
		p.str("<!--\n")
		p.write(f, ctx)
		p.str("\n-->\n\n")
	case InHighlight:
		p.str("{{< highlight html >}}\n")
		p.write(f, ctx)
		p.str("\n{{< /highlight >}}\n\n")
	case Escaped:
		p.str("Write `")
		p.mark(form{provider: "youtube", name: "shortcode"}, ctx)
		p.str("{{</* youtube ")
		p.b = p.r.id(p.b, urlSafe, 11)
		p.str(" */>}}` to embed a video.\n\n")
	}
}

// mark records that the embed f starts here, in context ctx.
func (p *post) mark(f form, ctx Context) {
	p.embeds = append(p.embeds, Embed{Provider: f.provider, Form: f.name, Context: ctx})
	p.marks = append(p.marks, len(p.b))
}

// write appends the embed f, recording it.
func (p *post) write(f form, ctx Context) {
	p.mark(f, ctx)
	p.expand(f.html)
}

// prefixed appends the embed f with prefix before each of its lines, as a
// list item, a block quote or an indented code block needs, and a newline
// after the last.
func (p *post) prefixed(prefix string, f form, ctx Context) {
	start := len(p.b)
	p.expand(f.html)
	p.scratch = append(p.scratch[:0], p.b[start:]...)
	p.b = p.b[:start]
	p.str(prefix)
	p.mark(f, ctx)
	for i, line := range bytes.Split(p.scratch, []byte("\n")) {
		if i > 0 {
			p.str(prefix)
		}
		p.b = append(p.b, line...)
		p.str("\n")
	}
}

// memo records the value a placeholder took in the embed being written,
// as a span of the buffer, so that an ID used twice is the same ID.
type memo struct {
	name       string
	start, end int
}

// expand appends html with its placeholders replaced. A placeholder is a
// name of lowercase letters and digits in braces; the same name gives the
// same value within one embed. Other braces are kept.
// Names are either words (title, name, user, text, date, ratio, slug,
// file, lang, sec, slide) or an alphabet and a length, with an optional
// suffix that makes a second value of the same shape: hex32, num19,
// alnum14, lower6, upper8, url11, num7b.
func (p *post) expand(html string) {
	p.memo = p.memo[:0]
	for {
		i := strings.IndexByte(html, '{')
		if i < 0 {
			p.str(html)
			return
		}
		j := i + 1
		for j < len(html) && ('a' <= html[j] && html[j] <= 'z' || '0' <= html[j] && html[j] <= '9') {
			j++
		}
		if j == i+1 || j == len(html) || html[j] != '}' {
			// Not a placeholder: a brace of the HTML's own, in a script.
			p.str(html[:j])
			html = html[j:]
			continue
		}
		p.str(html[:i])
		p.placeholder(html[i+1 : j])
		html = html[j+1:]
	}
}

// placeholder appends the value of the named placeholder.
func (p *post) placeholder(name string) {
	for _, m := range p.memo {
		if m.name == name {
			p.b = append(p.b, p.b[m.start:m.end]...)
			return
		}
	}
	start := len(p.b)
	switch name {
	case "title":
		p.title()
	case "name":
		p.str(pick(p.r, displayNames))
	case "user":
		p.str(pick(p.r, userNames))
	case "text":
		p.plainSentence()
	case "date":
		p.humanDate()
	case "ratio":
		p.str(pick(p.r, []string{"1.77777777777778", "1.33333333333333"}))
	case "slug":
		p.slug(3)
	case "file":
		p.str(pick(p.r, []string{"main.go", "hugo.toml", "Dockerfile", "index.html", "deploy.yaml"}))
	case "lang":
		p.str(p.lang())
	case "sec":
		p.num(p.r.between(10, 3600))
	case "slide":
		p.num(p.r.between(2, 40))
	default:
		p.identifier(name)
	}
	p.memo = append(p.memo, memo{name, start, len(p.b)})
}

// alphabets maps the alphabet part of an identifier placeholder to its
// characters.
var alphabets = map[string]string{
	"hex": hexDigits, "num": digits, "alnum": alnum,
	"lower": lowerNum, "upper": upperNum, "url": urlSafe,
}

// identifier appends a random identifier shaped as the placeholder name
// says: an alphabet, a length, an optional suffix. Numbers do not start
// with 0.
func (p *post) identifier(name string) {
	i := strings.IndexAny(name, digits)
	alphabet, ok := alphabets[name[:max(i, 0)]]
	if i < 0 || !ok {
		panic("testgen: unknown placeholder {" + name + "}")
	}
	n := 0
	for ; i < len(name) && '0' <= name[i] && name[i] <= '9'; i++ {
		n = n*10 + int(name[i]-'0')
	}
	if alphabet == digits {
		p.b = p.r.id(p.b, digits[1:], 1)
		n--
	}
	p.b = p.r.id(p.b, alphabet, n)
}

// humanDate appends a date the way a tweet's credit line writes it.
func (p *post) humanDate() {
	year, month, day := p.r.between(firstYear, lastYear), 1+p.r.intn(12), 1+p.r.intn(28)
	if p.ja {
		p.num(year)
		p.str("年")
		p.num(month)
		p.str("月")
		p.num(day)
		p.str("日")
		return
	}
	p.str(monthNames[month-1])
	p.str(" ")
	p.num(day)
	p.str(", ")
	p.num(year)
}

var monthNames = strings.Fields(`January February March April May June July
	August September October November December`)
