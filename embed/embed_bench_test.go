package embed

import (
	"bytes"
	"fmt"
	"os"
	"strconv"
	"testing"

	"github.com/hugofmt/hugofmt/frontmatter"
)

// seedBody returns the body of the seed post: 31 Speaker Deck scripts and
// 6 SlideShare iframes in 20 KB of Japanese Markdown.
func seedBody(b *testing.B) []byte {
	src, err := os.ReadFile("../testdata/site/content/posts/cndt2019.md")
	if err != nil {
		b.Fatal(err)
	}
	doc, err := frontmatter.Parse(src)
	if err != nil {
		b.Fatal(err)
	}
	return doc.Body()
}

// BenchmarkRewriteNoCandidate measures the hot path: a body without any
// candidate tag costs one byte search.
func BenchmarkRewriteNoCandidate(b *testing.B) {
	para := []byte("Markdown text with **emphasis**, `code`, [links](https://example.com) and <b>tags</b>.\n\n")
	body := bytes.Repeat(para, 1<<20/len(para))
	r := Default()
	b.SetBytes(int64(len(body)))
	for b.Loop() {
		if _, f, _ := r.Rewrite(body); f != nil {
			b.Fatal("found an embed")
		}
	}
}

// BenchmarkRewriteSeed rewrites the seed post's 37 embeds.
func BenchmarkRewriteSeed(b *testing.B) {
	body := seedBody(b)
	r := Default()
	b.SetBytes(int64(len(body)))
	for b.Loop() {
		if _, f, _ := r.Rewrite(body); len(f) != 37 {
			b.Fatalf("%d findings, want 37", len(f))
		}
	}
}

// BenchmarkRewriteInlineParagraph rewrites one paragraph holding n inline
// embeds, each in the middle of the sentence: the cost must grow with n,
// not with its square.
func BenchmarkRewriteInlineParagraph(b *testing.B) {
	for _, n := range []int{100, 1000} {
		b.Run(strconv.Itoa(n), func(b *testing.B) {
			var body bytes.Buffer
			body.WriteString("Talks:")
			for i := range n {
				fmt.Fprintf(&body, ` talk %d <iframe src="https://www.youtube.com/embed/v%d"></iframe> and`, i, i)
			}
			body.WriteString(" more.\n")
			r := Default()
			b.SetBytes(int64(body.Len()))
			for b.Loop() {
				if _, f, _ := r.Rewrite(body.Bytes()); len(f) != n {
					b.Fatalf("%d findings, want %d", len(f), n)
				}
			}
		})
	}
}
