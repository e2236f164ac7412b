package convert_test

import (
	"os"
	"testing"

	"github.com/hugofmt/hugofmt/convert"
	"github.com/hugofmt/hugofmt/frontmatter"
	"github.com/hugofmt/hugofmt/internal/testgen"
)

// seedPost is the post the project started from (37 raw embeds), as the
// sample site keeps it.
const seedPost = "../testdata/site/content/posts/cndt2019.md"

// transformers returns the conversions the benchmarks measure: none (read,
// split, check), the hugo preset, and the hugo preset with the front
// matter converted to YAML.
func transformers(b *testing.B) []struct {
	name string
	t    convert.Transformer
} {
	rules := func(spec string, to frontmatter.Format) convert.Transformer {
		rs, err := frontmatter.RulesByName(spec)
		if err != nil {
			b.Fatal(err)
		}
		return convert.Rules(frontmatter.Config{Format: to}, rs...)
	}
	return []struct {
		name string
		t    convert.Transformer
	}{
		{"untouched", nil},
		{"hugo", rules(frontmatter.HugoPreset, frontmatter.None)},
		{"hugo-yaml", rules(frontmatter.HugoPreset+",format", frontmatter.YAML)},
	}
}

// generated returns n generated posts and their total size.
func generated(n int) ([][]byte, int64) {
	g := testgen.New(testgen.Config{Seed: 1})
	posts := make([][]byte, n)
	var size int64
	for i := range posts {
		posts[i], _ = g.Post(nil, i)
		size += int64(len(posts[i]))
	}
	return posts, size
}

// BenchmarkBytes measures one file through Bytes: the seed post, and a
// mix of 100 generated posts per iteration (front matter in every format,
// embeds or none, CRLF, BOM), so that MB/s is the throughput on a site.
func BenchmarkBytes(b *testing.B) {
	seed, err := os.ReadFile(seedPost)
	if err != nil {
		b.Fatal(err)
	}
	mix, mixSize := generated(100)
	for _, c := range transformers(b) {
		b.Run(c.name+"/seed", func(b *testing.B) {
			b.SetBytes(int64(len(seed)))
			b.ReportAllocs()
			for b.Loop() {
				if _, _, err := convert.Bytes(c.t, seed); err != nil {
					b.Fatal(err)
				}
			}
		})
		b.Run(c.name+"/mix100", func(b *testing.B) {
			b.SetBytes(mixSize)
			b.ReportAllocs()
			for b.Loop() {
				for _, src := range mix {
					if _, _, err := convert.Bytes(c.t, src); err != nil {
						b.Fatal(err)
					}
				}
			}
		})
	}
}

// BenchmarkWalk measures a Walker over a site of 1,000 generated posts on
// disk (in the page cache after the first iteration): listing, reading,
// converting, and yielding the results in order.
func BenchmarkWalk(b *testing.B) {
	dir := b.TempDir()
	sum, err := testgen.New(testgen.Config{Seed: 1}).WriteSite(dir, 1000)
	if err != nil {
		b.Fatal(err)
	}
	fsys := os.DirFS(dir)
	for _, c := range transformers(b) {
		b.Run(c.name+"/1000", func(b *testing.B) {
			w := &convert.Walker{Transformer: c.t}
			b.SetBytes(int64(sum.Bytes))
			b.ReportAllocs()
			for b.Loop() {
				n := 0
				for r := range w.Walk(fsys, ".") {
					if r.Err != nil {
						b.Fatal(r.Err)
					}
					n++
				}
				if n != sum.Posts {
					b.Fatalf("walked %d files of %d", n, sum.Posts)
				}
			}
		})
	}
}
