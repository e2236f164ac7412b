package embed

import (
	"fmt"
	"slices"
)

// A Registry is an ordered set of providers. A Registry never changes once
// made: With and Without return new registries, so one can be shared by
// any number of goroutines.
type Registry struct {
	providers []Provider
}

// NewRegistry returns a registry holding the given providers, consulted
// in this order. It fails when two providers share a name.
func NewRegistry(providers ...Provider) (*Registry, error) {
	seen := map[string]bool{}
	for _, p := range providers {
		if seen[p.Name()] {
			return nil, fmt.Errorf("embed: two providers named %q", p.Name())
		}
		seen[p.Name()] = true
	}
	return &Registry{providers: slices.Clone(providers)}, nil
}

// With returns a registry holding r's providers followed by the given
// ones. It fails when a name is taken.
func (r *Registry) With(providers ...Provider) (*Registry, error) {
	return NewRegistry(append(slices.Clone(r.providers), providers...)...)
}

// Without returns a registry holding r's providers but the named ones.
// Names r does not hold are ignored.
func (r *Registry) Without(names ...string) *Registry {
	return &Registry{providers: slices.DeleteFunc(slices.Clone(r.providers), func(p Provider) bool {
		return slices.Contains(names, p.Name())
	})}
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
