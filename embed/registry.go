package embed

import (
	"fmt"
	"slices"
	"sync"

	"github.com/hugofmt/hugofmt/internal/mdscan"
)

// A Registry is an ordered set of providers. A Registry never changes once
// made: With and Without return new registries, so one can be shared by
// any number of goroutines.
type Registry struct {
	providers []Provider
	tags      []string            // the elements Rewrite looks at: baseTags and the providers' Tags
	markers   map[string][]string // for a tag only Markers claim, what its start tag must hold

	// scratch keeps, for the next Rewrite, memory a Rewrite is done
	// with (*scratch): it holds nothing of the configuration.
	scratch sync.Pool
}

// scratch is memory one Rewrite uses and the next may reuse.
type scratch struct {
	scan mdscan.Scanner
	// tokenizeAhead's: the HTML blocks, their fragments and offsets, the
	// buffer they are tokenized from, and what became of them.
	blocks []int
	frags  [][]byte
	starts []int
	buf    []byte
	parsed map[int][]*Element
	units  []unit // the rewriter's
}

// release readies s for the next Rewrite: it drops every reference to the
// body and to what the last Rewrite made of it, keeping only the arrays
// to reuse (buf still holds copies of the last body's HTML, which nothing
// reads before it is written again).
func (s *scratch) release() {
	s.scan.Release()
	clear(s.parsed)
	clear(s.units[:cap(s.units)]) // drop may have left some past the length
	s.units = s.units[:0]
	clear(s.frags[:cap(s.frags)])
}

// NewRegistry returns a registry holding the given providers, consulted
// in this order. It fails when two providers share a name, or when a
// Tagger's tag is not a lower-case element name.
func NewRegistry(providers ...Provider) (*Registry, error) {
	seen := map[string]bool{}
	for _, p := range providers {
		if seen[p.Name()] {
			return nil, fmt.Errorf("embed: two providers named %q", p.Name())
		}
		seen[p.Name()] = true
		if t, ok := p.(Tagger); ok {
			for _, tag := range t.Tags() {
				if !isTagName(tag) {
					return nil, fmt.Errorf("embed: provider %q: tag %q is not a lower-case element name", p.Name(), tag)
				}
			}
		}
	}
	return newRegistry(slices.Clone(providers)), nil
}

// newRegistry makes a registry of providers already checked.
func newRegistry(providers []Provider) *Registry {
	r := &Registry{providers: providers, tags: slices.Clone(baseTags)}
	markers, unmarked := map[string][]string{}, map[string]bool{}
	for _, p := range providers {
		t, ok := p.(Tagger)
		if !ok {
			continue
		}
		m, marked := p.(Marker)
		for _, tag := range t.Tags() {
			switch {
			case slices.Contains(baseTags, tag):
				continue
			case marked:
				markers[tag] = append(markers[tag], m.Markers()...)
			default:
				unmarked[tag] = true
			}
			if !slices.Contains(r.tags, tag) {
				r.tags = append(r.tags, tag)
			}
		}
	}
	for tag := range unmarked {
		delete(markers, tag)
	}
	if len(markers) > 0 {
		r.markers = markers
	}
	return r
}

// With returns a registry holding r's providers followed by the given
// ones. It fails when a name is taken.
func (r *Registry) With(providers ...Provider) (*Registry, error) {
	return NewRegistry(append(slices.Clone(r.providers), providers...)...)
}

// Without returns a registry holding r's providers but the named ones.
// Names r does not hold are ignored.
func (r *Registry) Without(names ...string) *Registry {
	return newRegistry(slices.DeleteFunc(slices.Clone(r.providers), func(p Provider) bool {
		return slices.Contains(names, p.Name())
	}))
}

// Providers returns the providers of r, in the order they are consulted.
func (r *Registry) Providers() []Provider { return slices.Clone(r.providers) }

// Names returns the names of r's providers, in order.
func (r *Registry) Names() []string {
	names := make([]string, len(r.providers))
	for i, p := range r.providers {
		names[i] = p.Name()
	}
	return names
}
