package embed

import (
	"net/url"
	"slices"
	"strconv"
	"strings"
)

// This file holds what the providers share: reading an embed as a run of
// elements, parsing the URLs it points at, and reading sizes.

// A span is an embed seen as a run of elements: its own elements (the
// candidate itself, or what a bare wrapper around it holds) followed by
// the elements after it (Embed.Next). A provider takes elements
// from the front, in order; the shortcode then replaces what was taken.
type span struct {
	wrappers []*Element // the wrappers around own, outermost first, until something is taken
	own      []*Element // the candidate's own elements, not yet taken
	next     []*Element // Embed.Next, not yet taken
	consumed int        // how many of Embed.Next were taken
}

// spanOf returns the run of elements that starts at e.
func spanOf(e *Embed) span {
	if e.own == nil { // read once for all the providers
		if e.wrappers, e.own = unwrap(e.Element); e.own == nil {
			e.alone[0] = e.Element
			e.own = e.alone[:]
		}
	}
	return span{wrappers: e.wrappers, own: e.own, next: e.Next}
}

// take removes the first element of the run and returns it when match
// accepts it; otherwise it returns nil and takes nothing. The first
// element is, outermost first, one of the wrappers around the candidate's
// own elements (a widget's <div class> can look like a wrapper), which
// takes everything it holds, or the first of those elements. The elements
// after the candidate are reached only once all of its own are taken.
func (s *span) take(match func(*Element) bool) *Element {
	for _, w := range s.wrappers {
		if match(w) {
			s.wrappers, s.own = nil, nil
			return w
		}
	}
	switch {
	case len(s.own) > 0:
		if el := s.own[0]; match(el) {
			s.wrappers, s.own = nil, s.own[1:]
			return el
		}
	case len(s.next) > 0:
		if el := s.next[0]; match(el) {
			s.next = s.next[1:]
			s.consumed++
			return el
		}
	}
	return nil
}

// takeRun takes one element per matcher, in order, when every one
// matches; otherwise it takes nothing and returns nil.
func (s *span) takeRun(match ...func(*Element) bool) []*Element {
	saved := *s
	var els []*Element
	for _, m := range match {
		el := s.take(m)
		if el == nil {
			*s = saved
			return nil
		}
		els = append(els, el)
	}
	return els
}

// frame takes the iframe the run starts with when accept accepts its
// source, and returns it with its parsed source; it returns nil when the
// run starts with anything else.
func (s *span) frame(accept func(*url.URL) bool) (*Element, *url.URL) {
	return s.takeURL(srcOf("iframe"), accept)
}

// takeURL takes the element the run starts with when it holds a URL that
// accept accepts, and returns it with the parsed URL; attr names the
// attribute that holds the URL of an element, or is "" for an element the
// provider does not read.
func (s *span) takeURL(attr func(*Element) string, accept func(*url.URL) bool) (*Element, *url.URL) {
	var u *url.URL
	el := s.take(func(e *Element) bool {
		name := attr(e)
		if name == "" {
			return false
		}
		var ok bool
		u, ok = parseURL(e.Attr(name))
		return ok && accept(u)
	})
	return el, u
}

// read takes the element the run starts with when match recognises it,
// and returns the shortcode (or the Skip) match makes of it; it reports
// false, taking nothing, when the run starts with anything else.
func (s *span) read(match func(*Element) (Shortcode, bool)) (Shortcode, bool) {
	var sc Shortcode
	el := s.take(func(e *Element) bool {
		var ok bool
		sc, ok = match(e)
		return ok
	})
	return sc, el != nil
}

// caption takes the element the run goes on with when it is a credit line
// for an embed from one of domains (see isCredit), and returns it as one
// line of Markdown, for Shortcode.Caption; otherwise it takes nothing and
// returns "".
func (s *span) caption(domains ...string) string {
	el := s.take(func(e *Element) bool { return isCredit(e, domains...) })
	if el == nil {
		return ""
	}
	return inlineMarkdown(el)
}

// srcOf returns, for takeURL, the src attribute of elements with one of the
// tags.
func srcOf(tags ...string) func(*Element) string {
	return func(e *Element) string {
		if slices.Contains(tags, e.Tag) {
			return "src"
		}
		return ""
	}
}

// matchOne is Match for a provider whose embed is one element, which
// match recognises: on its own or in a bare wrapper.
func matchOne(e *Embed, match func(*Element) (Shortcode, bool)) (Shortcode, bool) {
	s := spanOf(e)
	sc, ok := s.read(match)
	if !ok {
		return Shortcode{}, false
	}
	return s.finish(sc)
}

// finish returns what done returns for sc, or, when sc is a Skip, what
// skip returns for its reason.
func (s *span) finish(sc Shortcode) (Shortcode, bool) {
	if sc.Skip != "" {
		return s.skip(sc.Skip)
	}
	return s.done(sc)
}

// done returns sc replacing everything taken from the run, or false when
// the candidate holds elements the provider did not take: a wrapper around
// more than the embed is not the embed.
func (s *span) done(sc Shortcode) (Shortcode, bool) {
	if !s.whole() {
		return Shortcode{}, false
	}
	sc.Consumed = s.consumed
	return sc, true
}

// skip returns the Skip that leaves the embed as it is, for reason,
// with what was taken after it: a companion stays with its embed, and is
// not reported on its own. Like done, it returns false when the candidate
// holds more than the embed: the elements of a wrapper are then looked at
// one by one, and a neighbour of the embed in it can still be converted.
func (s *span) skip(reason string) (Shortcode, bool) {
	if !s.whole() {
		return Shortcode{}, false
	}
	return Shortcode{Skip: reason, Consumed: s.consumed}, true
}

// whole reports whether every one of the candidate's own elements was
// taken: a wrapper holding more than the embed is not the embed.
func (s *span) whole() bool { return len(s.own) == 0 }

// wrapped is embedded by the providers that recognise their embeds in a
// wrapper too: as a Tagger, it asks Rewrite to hand them wrappers.
type wrapped struct{}

// Tags returns the elements that can wrap an embed.
func (wrapped) Tags() []string { return wrapperTags() }

// wrapperTags returns the elements that can wrap an embed. (Not <span>:
// it rarely wraps one, and is common in running text, where every element
// Rewrite looks at costs a parse.)
func wrapperTags() []string { return []string{"p", "div", "center", "figure"} }

// isWrapper reports whether e only holds an embed, adding nothing but
// presentation: the <p> an exporter puts around an iframe and its
// citation, the <div class="video-container"> of a responsive layout, a
// <center>. A placeholder a script fills (<p class="codepen"
// data-slug-hash>) carries data of its own and is no wrapper.
func isWrapper(e *Element) bool {
	switch e.Tag {
	case "p", "div", "center", "figure": // wrapperTags
	default:
		return false
	}
	for _, a := range e.Attrs {
		switch a.Key {
		case "class", "id", "style", "align":
		default:
			return false
		}
	}
	return len(e.Children) > 0 && !hasOwnText(e)
}

// unwrap returns, when e is a bare wrapper, the elements it holds,
// themselves unwrapped when there is only one, and the wrappers it went
// through, outermost first; nothing when e is no wrapper.
func unwrap(e *Element) (wrappers, own []*Element) {
	for isWrapper(e) {
		wrappers, own = append(wrappers, e), e.Children
		if len(own) > 1 {
			break
		}
		e = own[0]
	}
	return wrappers, own
}

// hasOwnText reports whether e holds text, other than white space, outside
// its child elements.
func hasOwnText(e *Element) bool {
	for _, p := range e.content {
		if p.el == nil && strings.TrimSpace(p.text) != "" {
			return true
		}
	}
	return false
}

// isCredit reports whether e is a credit line for an embed from one of
// domains, such as the one Vimeo puts under a video: a <p>, or the
// <cite class="hatena-citation"> Hatena Blog puts after an embed, holding
// only text, links and the inline elements that style them, with a link
// to one of domains; with no domains, a link anywhere. It must have its
// end tag.
func isCredit(e *Element, domains ...string) bool {
	if e.Tag != "p" && !isHatenaCitation(e) || !e.complete {
		return false // an unclosed one runs on to where its block ends
	}
	if e.Find(func(d *Element) bool { return !slices.Contains(creditTags, d.Tag) }) != nil {
		return false
	}
	return e.Find(func(d *Element) bool {
		u, ok := parseURL(d.Attr("href"))
		return d.Tag == "a" && ok && (len(domains) == 0 || hostIs(u, domains...))
	}) != nil
}

// creditTags are the elements a credit line may hold: what inlineMarkdown
// renders as text without losing anything the reader sees.
var creditTags = []string{"a", "abbr", "b", "br", "cite", "em", "i", "small", "span", "strong", "time"}

// tagged returns a matcher for elements with the given tag.
func tagged(tag string) func(*Element) bool {
	return func(e *Element) bool { return e.Tag == tag }
}

// isScriptFrom reports whether e is a <script> loaded from one of the
// domains (or their subdomains) with file in its path.
func isScriptFrom(e *Element, file string, domains ...string) bool {
	if e.Tag != "script" {
		return false
	}
	u, ok := parseURL(e.Attr("src"))
	return ok && hostIs(u, domains...) && strings.Contains(u.Path, file)
}

// stray is what a provider returns for its companion script met with no
// embed before it: the script is left, and reported, rather than dropped.
func stray(service string) (Shortcode, bool) {
	return Shortcode{Skip: "stray " + service + " script: no embed before it to serve"}, true
}

// on returns a matcher for URLs on one of the domains or their
// subdomains.
func on(domains ...string) func(*url.URL) bool {
	return func(u *url.URL) bool { return hostIs(u, domains...) }
}

// pixels returns the whole number of pixels in a width or height value
// ("560", "560px", "560.0"), or "" when v is not one (a percentage,
// "auto", nothing).
func pixels(v string) string {
	v = strings.TrimSuffix(strings.ToLower(strings.TrimSpace(v)), "px")
	f, err := strconv.ParseFloat(strings.TrimSpace(v), 64)
	if err != nil || f <= 0 || f > 1e5 {
		return ""
	}
	return strconv.Itoa(int(f + 0.5))
}

// cssValue returns the value of the named property in a style attribute,
// the last one when it is declared more than once, or "".
func cssValue(style, prop string) string {
	var val string
	for decl := range strings.SplitSeq(style, ";") {
		name, v, ok := strings.Cut(decl, ":")
		if ok && strings.EqualFold(strings.TrimSpace(name), prop) {
			val = strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(v), "!important"))
		}
	}
	return val
}

// size returns the width and height of e in pixels, from its attributes
// or, failing those, its style; either is "" when not given in pixels.
func size(e *Element) (width, height string) {
	width, height = pixels(e.Attr("width")), pixels(e.Attr("height"))
	style := e.Attr("style")
	if width == "" {
		width = pixels(cssValue(style, "width"))
	}
	if height == "" {
		height = pixels(cssValue(style, "height"))
	}
	return width, height
}

// paddingRatio returns the width/height ratio a responsive box's
// percentage padding gives it ("56.25%" is "1.7778"), or "" when padding
// is not a percentage.
func paddingRatio(padding string) string {
	pct, ok := strings.CutSuffix(strings.TrimSpace(padding), "%")
	if !ok {
		return ""
	}
	return ratio("100", strings.TrimSpace(pct))
}

// firstOf returns the first of vals that is not empty, or "".
func firstOf(vals ...string) string {
	for _, v := range vals {
		if v != "" {
			return v
		}
	}
	return ""
}

// flag returns "true" for a boolean parameter that is set, and "" (which
// leaves the parameter out) for one that is not.
func flag(set bool) string {
	if set {
		return "true"
	}
	return ""
}

// oneOf returns v when it is one of allowed, or "".
func oneOf(v string, allowed ...string) string {
	for _, a := range allowed {
		if v == a {
			return v
		}
	}
	return ""
}

// digits returns v when it is a non-empty run of ASCII digits, or "".
func digits(v string) string {
	if isDigits(v) {
		return v
	}
	return ""
}

// isASCIILetter reports whether c is an ASCII letter.
func isASCIILetter(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }
