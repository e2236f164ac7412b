// Command testgen writes a Hugo site of generated posts, for benchmarks
// and for trying hugofmt on more content than anyone has at hand.
//
// Usage:
//
//	testgen [-n posts] [-seed n] [-broken] -o dir
//
// It writes dir/hugo.toml (unless dir has one) and the posts under
// dir/content/, then a summary of what they hold on stderr. The same seed
// writes the same bytes on every machine.
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/hugofmt/hugofmt/internal/testgen"
)

func main() {
	n := flag.Int("n", 1000, "number of posts")
	out := flag.String("o", "", "the site directory to write (required)")
	seed := flag.Uint64("seed", 1, "the corpus seed")
	broken := flag.Bool("broken", false, "let about 1% of posts carry front matter Hugo refuses to build")
	flag.Usage = func() {
		fmt.Fprintf(flag.CommandLine.Output(), "usage: testgen [-n posts] [-seed n] [-broken] -o dir\n")
		flag.PrintDefaults()
	}
	flag.Parse()
	if *out == "" || flag.NArg() > 0 || *n < 0 {
		flag.Usage()
		os.Exit(2)
	}
	g := testgen.New(testgen.Config{Seed: *seed, Broken: *broken})
	sum, err := g.WriteSite(*out, *n)
	if err != nil {
		fmt.Fprintln(os.Stderr, "testgen:", err)
		os.Exit(1)
	}
	fmt.Fprint(os.Stderr, sum)
}
