package embed

import (
	"net/url"
	"strings"
)

// unknown says what an element nobody claims looks like, for the report:
// "unknown iframe (www.example.com)".
func unknown(el *Element) string {
	switch el.Tag {
	case "iframe":
		if src := el.Attr("src"); src != "" {
			return "unknown iframe (" + where(src) + ")"
		}
		return "iframe without src"
	case "script":
		if src := el.Attr("src"); src != "" {
			return "unknown script (" + where(src) + ")"
		}
		return "inline script"
	case "object", "embed":
		for _, src := range []string{el.Attr("data"), el.Attr("src"), movie(el)} {
			if src != "" {
				return "unknown <" + el.Tag + "> (" + where(src) + "): Flash and plugins no longer play"
			}
		}
		return "unknown <" + el.Tag + ">: Flash and plugins no longer play"
	}
	return "unknown <" + el.Tag + ">"
}

// movie returns the value of an object's <param name="movie">.
func movie(el *Element) string {
	p := el.Find(func(e *Element) bool { return e.Tag == "param" && strings.EqualFold(e.Attr("name"), "movie") })
	if p == nil {
		return ""
	}
	return p.Attr("value")
}

// where names the host and path of a URL, short enough for a report.
func where(src string) string {
	u, err := url.Parse(strings.TrimSpace(src))
	if err != nil || u.Host == "" {
		return truncate(src, 60)
	}
	return truncate(u.Host+u.Path, 60)
}

func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for i := n; i > 0; i-- {
		if s[i]&0xc0 != 0x80 { // a rune boundary
			return s[:i] + "…"
		}
	}
	return s[:n]
}
