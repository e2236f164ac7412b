package mdscan

import (
	"os"
	"testing"

	"github.com/yuin/goldmark/text"
)

// BenchmarkScanSeed scans the seed post, front matter and all: 20 KB of
// Japanese Markdown with 37 embeds, lists and headings; with Scan, and
// with a Scanner reusing its memory.
func BenchmarkScanSeed(b *testing.B) {
	src, err := os.ReadFile("../../testdata/site/content/posts/cndt2019.md")
	if err != nil {
		b.Fatal(err)
	}
	b.Run("new", func(b *testing.B) {
		b.SetBytes(int64(len(src)))
		b.ReportAllocs()
		for b.Loop() {
			Scan(src)
		}
	})
	b.Run("reused", func(b *testing.B) {
		var s Scanner
		b.SetBytes(int64(len(src)))
		b.ReportAllocs()
		for b.Loop() {
			s.Scan(src)
		}
	})
}

// BenchmarkGoldmarkSeed parses the seed post with goldmark, as Hugo
// configures it, for comparison.
func BenchmarkGoldmarkSeed(b *testing.B) {
	src, err := os.ReadFile("../../testdata/site/content/posts/cndt2019.md")
	if err != nil {
		b.Fatal(err)
	}
	p := hugoMarkdown().Parser()
	b.SetBytes(int64(len(src)))
	for b.Loop() {
		p.Parse(text.NewReader(src))
	}
}
