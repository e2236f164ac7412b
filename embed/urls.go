package embed

import (
	"net/url"
	"strconv"
	"strings"
)

// parseURL reads an embed's URL as a browser would on an https page:
// protocol-relative and http URLs become https ones. It reports false
// for anything without a host.
func parseURL(s string) (*url.URL, bool) {
	s = strings.TrimSpace(s)
	if strings.HasPrefix(s, "//") {
		s = "https:" + s
	}
	u, err := url.Parse(s)
	if err != nil || u.Host == "" || (u.Scheme != "http" && u.Scheme != "https") {
		return nil, false
	}
	u.Scheme = "https"
	u.Host = strings.ToLower(u.Host)
	return u, true
}

// urlOn parses s as parseURL does, and reports false unless its host is
// one of domains or a subdomain of one.
func urlOn(s string, domains ...string) (*url.URL, bool) {
	if !mayBeOn(s, domains) {
		return nil, false
	}
	u, ok := parseURL(s)
	if !ok || !hostIs(u, domains...) {
		return nil, false
	}
	return u, true
}

// mayBeOn reports false when s, a URL, cannot be on any of domains, lower
// case: none of them is in it, ASCII case ignored, and it holds no escape
// or non-ASCII byte that could spell one in its host once parsed (a
// percent escape, the Kelvin sign, which lower-cases to "k"). It spares
// urlOn and srcOn parsing the URLs of other providers.
func mayBeOn(s string, domains []string) bool {
	for i := range len(s) {
		if c := s[i]; c == '%' || c >= 0x80 {
			return true
		}
	}
	for _, d := range domains {
		if containsFold(s, d) {
			return true
		}
	}
	return false
}

// containsFold reports whether sub, lower case, is in s, ASCII case
// ignored.
func containsFold(s, sub string) bool {
	for i := 0; i+len(sub) <= len(s); i++ {
		if c := s[i]; (c == sub[0] || c+'a'-'A' == sub[0]) && strings.EqualFold(s[i:i+len(sub)], sub) {
			return true
		}
	}
	return false
}

// hostIs reports whether u's host is one of domains or a subdomain of one.
func hostIs(u *url.URL, domains ...string) bool {
	h := u.Hostname()
	for _, d := range domains {
		if h == d || len(h) > len(d) && h[len(h)-len(d)-1] == '.' && strings.HasSuffix(h, d) {
			return true
		}
	}
	return false
}

// pathParts returns the non-empty segments of u's path.
func pathParts(u *url.URL) []string {
	return strings.FieldsFunc(u.Path, func(r rune) bool { return r == '/' })
}

// isID reports whether s is a plausible identifier: letters, digits, "-"
// and "_", as the providers' ids are.
func isID(s string) bool {
	for _, r := range s {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '-' || r == '_') {
			return false
		}
	}
	return s != ""
}

// isDigits reports whether s is a non-empty run of ASCII digits.
func isDigits(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return s != ""
}

// number returns s as written when it reads as a positive number, "" when
// it does not.
func number(s string) string {
	s = strings.TrimSpace(s)
	if f, err := strconv.ParseFloat(s, 64); err == nil && f > 0 {
		return s
	}
	return ""
}

// ratio returns width/height, formatted as the shortest decimal that reads
// back as the same number, or "" unless both are positive numbers.
func ratio(width, height string) string {
	w, err1 := strconv.ParseFloat(strings.TrimSpace(width), 64)
	h, err2 := strconv.ParseFloat(strings.TrimSpace(height), 64)
	if err1 != nil || err2 != nil || w <= 0 || h <= 0 {
		return ""
	}
	return strconv.FormatFloat(w/h, 'f', -1, 64)
}

// cssRatio returns the aspect-ratio declared in a style attribute
// ("aspect-ratio: 560 / 315", "aspect-ratio: 16/9", "aspect-ratio: 1.5")
// as a number, or "".
func cssRatio(style string) string {
	for _, decl := range strings.Split(style, ";") {
		name, value, ok := strings.Cut(decl, ":")
		if !ok || !strings.EqualFold(strings.TrimSpace(name), "aspect-ratio") {
			continue
		}
		if w, h, ok := strings.Cut(value, "/"); ok {
			return ratio(w, h)
		}
		return number(value)
	}
	return ""
}
