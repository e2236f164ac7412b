package testgen

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync"
)

// SiteConfig is the hugo.toml WriteSite writes. Unsafe HTML is on so that
// a site built before conversion shows its raw embeds and one built after
// shows the shortcodes: the same pages either way.
const SiteConfig = `baseURL = "https://example.org/"
languageCode = "en"
title = "Generated site"

[markup.goldmark.renderer]
  unsafe = true
`

// WriteSite writes posts 0 to n-1 under dir, at their Info.Path, and a
// hugo.toml beside content/ unless dir already has one. Posts are written
// by several goroutines, each reusing one buffer, so memory stays flat
// however large n is. It returns what the posts hold.
func (g *Generator) WriteSite(dir string, n int) (*Summary, error) {
	config := filepath.Join(dir, "hugo.toml")
	if _, err := os.Stat(config); os.IsNotExist(err) {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return nil, err
		}
		if err := os.WriteFile(config, []byte(SiteConfig), 0o644); err != nil {
			return nil, err
		}
	}

	workers := min(runtime.GOMAXPROCS(0), max(n, 1))
	sums := make([]*Summary, workers)
	errs := make([]error, workers)
	var wg sync.WaitGroup
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sums[w], errs[w] = g.writePosts(dir, w, workers, n)
		}()
	}
	wg.Wait()
	total := NewSummary()
	for w := range workers {
		if errs[w] != nil {
			return nil, errs[w]
		}
		total.merge(sums[w])
	}
	return total, nil
}

// writePosts writes posts first, first+step, … below n.
func (g *Generator) writePosts(dir string, first, step, n int) (*Summary, error) {
	sum := NewSummary()
	made := map[string]bool{}
	var buf []byte
	for i := first; i < n; i += step {
		var info Info
		buf, info = g.Post(buf[:0], i)
		name := filepath.Join(dir, filepath.FromSlash(info.Path))
		if d := filepath.Dir(name); !made[d] {
			if err := os.MkdirAll(d, 0o755); err != nil {
				return nil, err
			}
			made[d] = true
		}
		if err := os.WriteFile(name, buf, 0o644); err != nil {
			return nil, err
		}
		sum.Add(buf, info)
	}
	return sum, nil
}

// A Summary counts what a set of posts holds.
type Summary struct {
	Posts, Bytes   int
	Formats        map[Format]int
	Japanese       int
	CRLF, BOM      int
	Embeds, InCode int            // embeds Hugo renders as HTML; look-alikes in code
	ByProvider     map[string]int // embeds outside code by provider ("" for unclaimed HTML)
	ByContext      map[Context]int
	Forms          map[string]int // "provider/form" of embeds outside code
	Largest        int            // the size of the largest post, in bytes
	sizes          []int          // every post's size, for the median
}

// NewSummary returns an empty Summary.
func NewSummary() *Summary {
	return &Summary{
		Formats:    map[Format]int{},
		ByProvider: map[string]int{},
		ByContext:  map[Context]int{},
		Forms:      map[string]int{},
	}
}

// Add counts one post.
func (s *Summary) Add(data []byte, info Info) {
	s.Posts++
	s.Bytes += len(data)
	s.Largest = max(s.Largest, len(data))
	s.sizes = append(s.sizes, len(data))
	s.Formats[info.Format]++
	if info.Lang == Japanese {
		s.Japanese++
	}
	if info.CRLF {
		s.CRLF++
	}
	if info.BOM {
		s.BOM++
	}
	for _, e := range info.Embeds {
		s.ByContext[e.Context]++
		if e.Context.Code() {
			s.InCode++
			continue
		}
		s.Embeds++
		s.ByProvider[e.Provider]++
		s.Forms[e.Provider+"/"+e.Form]++
	}
}

// merge adds the counts of o to s.
func (s *Summary) merge(o *Summary) {
	s.Posts += o.Posts
	s.Bytes += o.Bytes
	s.Largest = max(s.Largest, o.Largest)
	s.sizes = append(s.sizes, o.sizes...)
	s.Japanese += o.Japanese
	s.CRLF += o.CRLF
	s.BOM += o.BOM
	s.Embeds += o.Embeds
	s.InCode += o.InCode
	addCounts(s.Formats, o.Formats)
	addCounts(s.ByProvider, o.ByProvider)
	addCounts(s.ByContext, o.ByContext)
	addCounts(s.Forms, o.Forms)
}

func addCounts[K comparable](dst, src map[K]int) {
	for k, n := range src {
		dst[k] += n
	}
}

// String reports the summary in a few lines, for people.
func (s *Summary) String() string {
	if s.Posts == 0 {
		return "0 posts\n"
	}
	sort.Ints(s.sizes)
	pct := func(n int) string { return fmt.Sprintf("%.1f%%", 100*float64(n)/float64(s.Posts)) }
	var b strings.Builder
	fmt.Fprintf(&b, "%d posts, %.1f MB, mean %d B, median %d B, largest %d B\n",
		s.Posts, float64(s.Bytes)/1e6, s.Bytes/s.Posts, s.sizes[len(s.sizes)/2], s.Largest)
	fmt.Fprintf(&b, "front matter: yaml %s, toml %s, json %s, none %s\n",
		pct(s.Formats[YAML]), pct(s.Formats[TOML]), pct(s.Formats[JSON]), pct(s.Formats[None]))
	fmt.Fprintf(&b, "japanese %s, crlf %s, bom %s\n", pct(s.Japanese), pct(s.CRLF), pct(s.BOM))
	fmt.Fprintf(&b, "%d embeds (%d providers, %d forms), %d look-alikes in code\n",
		s.Embeds, len(s.ByProvider), len(s.Forms), s.InCode)
	return b.String()
}
