package migrate

import (
	"bytes"
	"strings"

	"github.com/hugofmt/hugofmt/internal/mdscan"
)

// bareURLs is the bare-urls rule: a paragraph of one line holding only
// the address of a page of YouTube, Vimeo, X, Speaker Deck, SlideShare,
// Docswell or a gist, which WordPress, Zenn and Qiita show as the embed,
// becomes the service's shortcode. Any other address is left alone: it
// is a link.
func bareURLs(p *pass) {
	p.firstLines(mdscan.Paragraph, bareURL, func(l lineAt, b mdscan.Block) {
		if b.First != b.Last {
			return
		}
		s := string(p.text[l.content:l.end])
		address := strings.TrimSpace(s)
		start := l.content + strings.Index(s, address)
		end := start + len(address)
		if a, ok := strings.CutPrefix(address, "<"); ok {
			address = strings.TrimSuffix(a, ">")
		}
		u := webURL(address)
		if u == nil || strings.ContainsAny(address, " \t<>") || p.zone(start, end) != inText {
			return
		}
		service, label := pageService(u)
		if service == "" {
			return
		}
		syntax := "a bare " + label + " URL"
		sc, why := p.embedShortcode(service, address)
		switch {
		case why != "":
			p.left(start, syntax, why)
		case p.replace(start, end, sc):
			p.converted(start, syntax, sc, "")
		}
	})
}

// bareURL reports whether a line, trimmed, may be only an address: a
// cheap test before the body is read.
func bareURL(line []byte) bool {
	line = bytes.TrimLeft(line, "-*+>0123456789. \t") // list and quote markers
	return (bytes.HasPrefix(line, []byte("http")) || bytes.HasPrefix(line, []byte("<http"))) && !bytes.ContainsAny(line, " \t")
}
