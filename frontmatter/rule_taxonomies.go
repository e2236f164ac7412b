package frontmatter

import (
	"fmt"
	"slices"
	"strings"
)

// applyTaxonomies is the taxonomies rule. Hugo reads a taxonomy given as a
// string as one term ("go hugo" is the term "go hugo"); Jekyll splits such a
// string on spaces, Hakyll and others write comma lists. The rule makes each
// taxonomy a list: a string with a comma is split on commas, any other on
// white space; terms are trimmed, and empty terms and exact duplicates
// dropped, in order. Values of other kinds are left alone.
func applyTaxonomies(r *ruleRun) error {
	for _, tax := range r.cfg.taxonomies() {
		key, ok := r.lookup(tax)
		if !ok {
			continue
		}
		v := r.meta.Get(key)
		line, col := r.at(key, v)
		switch v.Kind() {
		case StringKind:
			terms := splitTerms(v.Str())
			r.meta.Set(key, NewList(stringNodes(terms)...))
			r.changed(line, col, "%s %q → %s (Hugo read one term)", key, v.Str(), termList(terms))
		case ListKind:
			items, dropped := tidyTerms(v.Items())
			if len(dropped) == 0 {
				continue
			}
			r.meta.Set(key, NewList(items...))
			r.changed(line, col, "%s: %s", key, strings.Join(dropped, ", "))
		}
	}
	return nil
}

// splitTerms splits a taxonomy written as a string into its terms: on
// commas when there is one, else on white space; trimmed, without empty
// terms or duplicates.
func splitTerms(s string) []string {
	var parts []string
	if strings.Contains(s, ",") {
		parts = strings.Split(s, ",")
	} else {
		parts = strings.Fields(s)
	}
	var terms []string
	for _, p := range parts {
		if p = strings.TrimSpace(p); p != "" && !slices.Contains(terms, p) {
			terms = append(terms, p)
		}
	}
	return terms
}

// tidyTerms trims the string items of a taxonomy list and drops the empty
// ones and exact duplicates, keeping the order. Items of other kinds are
// kept as they are. It returns the items to keep and what it did to the
// others, or no notes when the list is tidy.
func tidyTerms(items []*Node) (kept []*Node, notes []string) {
	var seen []string
	for _, it := range items {
		if it.Kind() != StringKind {
			kept = append(kept, it)
			continue
		}
		term := strings.TrimSpace(it.Str())
		switch {
		case term == "":
			notes = append(notes, fmt.Sprintf("empty term %q dropped", it.Str()))
			continue
		case slices.Contains(seen, term):
			notes = append(notes, fmt.Sprintf("duplicate %q dropped", it.Str()))
			continue
		case term != it.Str():
			notes = append(notes, fmt.Sprintf("%q trimmed", it.Str()))
			it = NewString(term)
		}
		seen = append(seen, term)
		kept = append(kept, it)
	}
	return kept, notes
}

func stringNodes(ss []string) []*Node {
	nodes := make([]*Node, len(ss))
	for i, s := range ss {
		nodes[i] = NewString(s)
	}
	return nodes
}

// termList formats terms as a flow list, for reports.
func termList(terms []string) string {
	return "[" + strings.Join(terms, ", ") + "]"
}
