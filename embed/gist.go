package embed

import "strings"

// gist converts GitHub Gist scripts to the gist shortcode hugofmt ships
// (templates/gist.html):
//
//	<script src="https://gist.github.com/USER/ID.js?file=F"></script>
//
// becomes {{< gist user="USER" id="ID" file="F" >}}. Hugo removed its own
// gist shortcode in v0.156 and now fails the build on one; a site's own
// layouts/_shortcodes/gist.html takes precedence over that, so the shipped
// template, which also reads Hugo's old positional form
// {{< gist USER ID [FILE] >}}, brings a site's existing gists back too.
// Scripts without a user (gist.github.com/ID.js) give no user parameter.
// A bare wrapper around the script goes with it.
type gist struct{ wrapped }

func (gist) Name() string { return "gist" }

func (gist) Match(e *Embed) (Shortcode, bool) {
	return matchOne(e, gistScript)
}

// gistScript reads a gist's script.
func gistScript(el *Element) (Shortcode, bool) {
	u, ok := el.srcOn("gist.github.com")
	if el.Tag != "script" || !ok {
		return Shortcode{}, false
	}
	parts := pathParts(u)
	if len(parts) == 0 || len(parts) > 2 {
		return Shortcode{Skip: "gist script with an unknown address"}, true
	}
	id, ok := strings.CutSuffix(parts[len(parts)-1], ".js")
	if !ok || !isID(id) || len(parts) == 2 && !isID(parts[0]) {
		return Shortcode{Skip: "gist script with an unknown address"}, true
	}
	user := ""
	if len(parts) == 2 {
		user = parts[0]
	}
	return Shortcode{Name: "gist", Params: []Param{Named("user", user), Named("id", id), Named("file", u.Query().Get("file"))}}, true
}
