package migrate

import (
	"net/url"
	"regexp"

	"github.com/hugofmt/hugofmt/embed"
)

// zennEmbedRE matches Zenn's embed syntax, @[service](argument).
var zennEmbedRE = regexp.MustCompile(`^@\[([a-z]+)\]\(([^()\s]*)\)`)

// zennIframes are the services Zenn embeds with an iframe of the address
// given (Figma's made from it), which no provider knows: they become the
// generic iframe shortcode.
var zennIframes = map[string]func(string) string{
	"figma": func(u string) string {
		return "https://www.figma.com/embed?embed_host=share&url=" + url.QueryEscape(u)
	},
	"stackblitz":  func(u string) string { return u },
	"blueprintue": func(u string) string { return u },
}

// zennLinks are the services Zenn shows through its own embed server,
// which a Hugo site does not have.
var zennLinks = map[string]bool{"card": true, "github": true}

// zennEmbeds turns @[service](argument) into the service's shortcode.
func zennEmbeds(p *pass) {
	p.each("@[", func(i int) int {
		m := zennEmbedRE.FindSubmatch(p.text[i:])
		if m == nil {
			return i + 2
		}
		end := i + len(m[0])
		if p.zone(i, end) != inText {
			return end
		}
		service, arg := string(m[1]), string(m[2])
		syntax := "@[" + service + "]"
		var sc, why string
		switch {
		case zennIframes[service] != nil:
			if webURL(arg) == nil {
				why = "not an address"
			} else {
				sc, why = p.shortcodeOf(iframe(zennIframes[service](arg)), true)
			}
		case zennLinks[service]:
			why = "Zenn renders it with its own embed server; Hugo has no equivalent"
		case services[service] != nil:
			sc, why = p.embedShortcode(service, arg)
		default:
			why = "unknown embed"
		}
		if why != "" {
			p.left(i, syntax, why)
		} else if p.replace(i, end, sc) {
			p.converted(i, syntax, sc, "")
		}
		return end
	})
}

// zennImageRE matches Zenn's image with a size, ![alt](address =WIDTHx)
// or =WIDTHxHEIGHT, and an optional link around it.
var zennImageRE = regexp.MustCompile(`^!\[([^\]\n]*)\]\((\S+)\s+=(\d*)x(\d*)\)`)
var zennLinkEndRE = regexp.MustCompile(`^\]\(([^()\s]+)\)`)

// zennImages turns Zenn's sized images into Hugo's figure, whose width
// and height Hugo's own image syntax has no room for.
func zennImages(p *pass) {
	p.each("![", func(i int) int {
		m := zennImageRE.FindSubmatch(p.text[i:])
		if m == nil || len(m[3])+len(m[4]) == 0 {
			return i + 2
		}
		start, end := i, i+len(m[0])
		var link string
		if i > 0 && p.text[i-1] == '[' {
			if l := zennLinkEndRE.FindSubmatch(p.text[end:]); l != nil {
				start, end, link = i-1, end+len(l[0]), string(l[1])
			}
		}
		if p.zone(start, end) != inText {
			return end
		}
		sc := embed.Shortcode{Name: "figure", Params: []embed.Param{
			embed.Named("src", string(m[2])), embed.Named("alt", string(m[1])), embed.Named("link", link),
			embed.Named("width", string(m[3])), embed.Named("height", string(m[4])),
		}}.String()
		if p.replace(start, end, sc) {
			p.converted(start, "![](… =WxH)", sc, "")
		}
		return end
	})
}
