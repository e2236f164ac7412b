package migrate

import (
	"bytes"
	"regexp"
	"strings"
)

// hugoMore is Hugo's summary divider, which it finds byte for byte.
const hugoMore = "<!--more-->"

// moreRE matches the dividers other engines write: Hexo's and Octopress's
// <!-- more -->, any case and spacing, and WordPress's <!--more text-->.
var moreRE = regexp.MustCompile(`(?i)^<!--\s*more(\s[^>]*?)?\s*-->`)

// more is the more rule: the first divider, Jekyll's excerpt_separator
// when the front matter sets one, or else <!-- more -->, becomes Hugo's
// <!--more-->. Only the first counts, to Hugo as to the others; a divider
// in code is text.
func more(p *pass) {
	sep := strings.TrimSpace(p.separator)
	custom := sep != "" && sep != hugoMore
	marker := "<!--"
	if custom {
		marker = sep
	}
	for pos := 0; ; {
		i := bytes.Index(p.text[pos:], []byte(marker))
		if i < 0 {
			return
		}
		i += pos
		pos = i + len(marker)
		end := i + len(sep)
		if !custom {
			if bytes.HasPrefix(p.text[i:], []byte(hugoMore)) && p.dividerAt(i, i+len(hugoMore)) {
				return // Hugo's own comes first
			}
			m := moreRE.Find(p.text[i:])
			if m == nil {
				continue
			}
			end = i + len(m)
		}
		if !p.dividerAt(i, end) {
			continue
		}
		syntax, note := string(p.text[i:end]), ""
		if custom {
			note = "the front matter's excerpt_separator"
		} else if m := moreRE.FindSubmatch(p.text[i:end]); len(bytes.TrimSpace(m[1])) > 0 {
			note = "its link text " + strings.TrimSpace(string(m[1])) + " dropped: Hugo's divider has none"
		}
		if p.replace(i, end, hugoMore) {
			p.converted(i, syntax, hugoMore, note)
		}
		return
	}
}

// dividerAt reports whether text[start:end] may be a summary divider: it
// is not in code nor in a shortcode.
func (p *pass) dividerAt(start, end int) bool {
	z := p.zone(start, end)
	return z == inText || z == inComment
}
