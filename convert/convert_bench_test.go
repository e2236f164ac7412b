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
// split, check), the hugo preset alone, the embeds alone, and the whole
// pipeline the batch tool runs by default with -to yaml.
func transformers(b *testing.B) []struct {
	name string
	t    convert.Transformer
} {
	transformer := func(rules string, to frontmatter.Format) convert.Transformer {
		t, err := convert.New(convert.Options{Rules: rules, To: to})
		if err != nil {
			b.Fatal(err)
		}
		return t
	}
	return []struct {
		name string
		t    convert.Transformer
	}{
		{"untouched", nil},
		{"hugo", transformer(frontmatter.HugoPreset, frontmatter.None)},
		{"embeds", transformer("embeds", frontmatter.None)},
		{"pipeline", transformer("hugo,embeds", frontmatter.YAML)},
	}
}

// generated returns n generated posts.
func generated(n int) [][]byte {
	g := testgen.New(testgen.Config{Seed: 1})
	posts := make([][]byte, n)
	for i := range posts {
		posts[i], _ = g.Post(nil, i)
	}
	return posts
}

// BenchmarkBytes measures files through Bytes: the seed post; a mix of
// 100 generated posts per iteration (front matter in every format, embeds
// or none, CRLF, BOM), so that MB/s is the throughput on a site; and the
// same mix once converted, which is what a second run or -l on a
// converted site reads.
func BenchmarkBytes(b *testing.B) {
	seed, err := os.ReadFile(seedPost)
	if err != nil {
		b.Fatal(err)
	}
	mix := generated(100)
	for _, c := range transformers(b) {
		b.Run(c.name+"/seed", func(b *testing.B) { benchBytes(b, c.t, [][]byte{seed}) })
		b.Run(c.name+"/mix100", func(b *testing.B) { benchBytes(b, c.t, mix) })
		if c.t == nil {
			continue
		}
		converted := make([][]byte, len(mix))
		for i, src := range mix {
			if converted[i], _, err = convert.Bytes(c.t, src); err != nil {
				b.Fatal(err)
			}
		}
		b.Run(c.name+"/converted100", func(b *testing.B) { benchBytes(b, c.t, converted) })
	}
}

// benchBytes converts files with t in each iteration.
func benchBytes(b *testing.B, t convert.Transformer, files [][]byte) {
	var size int64
	for _, f := range files {
		size += int64(len(f))
	}
	b.SetBytes(size)
	b.ReportAllocs()
	for b.Loop() {
		for _, src := range files {
			if _, _, err := convert.Bytes(t, src); err != nil {
				b.Fatal(err)
			}
		}
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
