package embed

import (
	"slices"
	"strings"
)

// codepen recognises CodePen pens: the embed button's
// <p class="codepen" data-slug-hash data-user …> (or <div>) with its
// ei.js script, and the iframe form (codepen.io/USER/embed/[preview/]ID).
// Both become {{< codepen user id height tab theme title preview >}}.
// Prefill embeds (data-prefill), whose code lives in the page itself, are
// left as they are.
type codepen struct{ wrapped }

func (codepen) Name() string { return "codepen" }

// isCodepenScript reports whether e is the script that turns CodePen
// placeholders into pens, from any of the hosts CodePen has served it from.
func isCodepenScript(e *Element) bool {
	return isScriptFrom(e, "/embed/", "codepen.io", "codepenassets.com")
}

func (codepen) Match(e *Embed) (Shortcode, bool) {
	s := spanOf(e)
	if s.take(isCodepenScript) != nil {
		return stray("CodePen")
	}
	if p := s.take(func(el *Element) bool { return el.HasClass("codepen") }); p != nil {
		s.take(isCodepenScript)
		if p.HasAttr("data-prefill") {
			return s.skip("CodePen prefill embed: its code is in the page, not on CodePen")
		}
		sc, ok := codepenPlaceholder(p)
		if !ok {
			return Shortcode{}, false
		}
		return s.done(sc)
	}
	f, u := s.frame(on("codepen.io", "cdpn.io"))
	if f == nil {
		return Shortcode{}, false
	}
	// /USER/embed/ID, /USER/embed/preview/ID, /team/TEAM/embed/ID
	seg := pathParts(u)
	i := slices.Index(seg, "embed")
	if i < 1 || i+1 >= len(seg) {
		return s.skip("CodePen iframe without a pen in its URL")
	}
	preview := seg[i+1] == "preview"
	if preview && i+2 >= len(seg) {
		return s.skip("CodePen iframe without a pen in its URL")
	}
	q := u.Query()
	_, height := size(f)
	return s.done(Shortcode{Name: "codepen", Params: []Param{
		Named("user", strings.Join(seg[:i], "/")),
		Named("id", seg[len(seg)-1]),
		Named("height", firstOf(height, pixels(q.Get("height")))),
		Named("tab", q.Get("default-tab")),
		Named("theme", codepenTheme(q.Get("theme-id"))),
		Named("title", firstOf(f.Attr("title"), codepenTitle(f))),
		Named("preview", flag(preview)),
	}})
}

// codepenPlaceholder reads the <p class="codepen"> the embed button emits.
func codepenPlaceholder(p *Element) (Shortcode, bool) {
	id := p.Attr("data-slug-hash")
	if id == "" {
		return Shortcode{}, false
	}
	user := p.Attr("data-user")
	if user == "" {
		user = "anon"
	}
	return Shortcode{Name: "codepen", Params: []Param{
		Named("user", user),
		Named("id", id),
		Named("height", pixels(p.Attr("data-height"))),
		Named("tab", p.Attr("data-default-tab")),
		Named("theme", codepenTheme(p.Attr("data-theme-id"))),
		Named("title", firstOf(p.Attr("data-pen-title"), codepenTitle(p))),
		Named("preview", flag(p.Attr("data-preview") == "true")),
	}}, true
}

// codepenTitle returns the pen's title from the "See the Pen <a>TITLE</a>
// by …" credit inside a placeholder or iframe: the text of the link to the
// pen itself.
func codepenTitle(e *Element) string {
	a := e.Find(func(a *Element) bool {
		return a.Tag == "a" && strings.Contains(a.Attr("href"), "/pen/")
	})
	if a == nil {
		return ""
	}
	return a.Text()
}

// codepenTheme returns a theme id worth keeping: the default theme, 0, is
// left out.
func codepenTheme(id string) string {
	if id == "0" {
		return ""
	}
	return id
}
