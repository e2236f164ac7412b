package mdscan

import (
	"os"
	"testing"

	"github.com/hugofmt/hugofmt/frontmatter"
)

func seedBody(b *testing.B) []byte {
	src, err := os.ReadFile("../../testdata/site/content/posts/cndt2019.md")
	if err != nil {
		b.Fatal(err)
	}
	doc, err := frontmatter.Parse(src)
	if err != nil {
		b.Fatal(err)
	}
	return doc.Body()
}

func BenchmarkScanSeed(b *testing.B) {
	body := seedBody(b)
	b.SetBytes(int64(len(body)))
	for b.Loop() {
		Scan(body)
	}
}
