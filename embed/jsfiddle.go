package embed

import "slices"

// jsfiddle recognises JSFiddle embeds: the iframe
// (jsfiddle.net/[USER/]ID/[VERSION/]embedded/[TABS/][THEME/]) and the
// script that writes one (the same URL with "embed" for "embedded"). Both
// become {{< jsfiddle user id version tabs theme height >}}.
type jsfiddle struct{ wrapped }

func (jsfiddle) Name() string { return "jsfiddle" }

func (jsfiddle) Match(e *Embed) (Shortcode, bool) {
	s := spanOf(e)
	el, u := s.takeURL(srcOf("iframe", "script"), on("jsfiddle.net"))
	if el == nil {
		return Shortcode{}, false
	}
	seg := pathParts(u)
	i := slices.IndexFunc(seg, func(s string) bool { return s == "embedded" || s == "embed" })
	fiddle, ok := jsfiddleFiddle(seg[:max(i, 0)])
	if !ok {
		return s.skip("JSFiddle " + el.Tag + " without a fiddle in its URL")
	}
	sc := Shortcode{Name: "jsfiddle", Params: fiddle}
	var tabs, theme string
	for _, opt := range seg[i+1:] {
		if isJSFiddleTheme(opt) {
			theme = opt
		} else {
			tabs = opt
		}
	}
	_, height := size(el)
	sc.Params = append(sc.Params, Named("tabs", tabs), Named("theme", theme), Named("height", height))
	return s.done(sc)
}

// jsfiddleFiddle reads the path before "embedded": ID, USER/ID, ID/VERSION
// or USER/ID/VERSION, versions being small numbers.
func jsfiddleFiddle(seg []string) ([]Param, bool) {
	var user, version string
	if n := len(seg); n > 1 && len(seg[n-1]) <= 3 && digits(seg[n-1]) != "" {
		version, seg = seg[n-1], seg[:n-1]
	}
	if len(seg) == 2 {
		user, seg = seg[0], seg[1:]
	}
	if len(seg) != 1 || !isID(seg[0]) {
		return nil, false
	}
	return []Param{Named("user", user), Named("id", seg[0]), Named("version", version)}, true
}

// isJSFiddleTheme reports whether a path segment after "embedded" names a
// theme rather than the tabs to show.
func isJSFiddleTheme(opt string) bool {
	switch opt {
	case "light", "dark", "presentation":
		return true
	}
	return false
}
