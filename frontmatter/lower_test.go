package frontmatter

import (
	"strings"
	"testing"
)

// TestLowerIs holds lowerIs to strings.ToLower, which is how Hugo
// compares keys, on keys where Unicode folding and lower-casing differ.
func TestLowerIs(t *testing.T) {
	keys := []string{"date", "Date", "DATE", "dAtE", "dates", "dat", "",
		"\u212aeywords",      // Kelvin sign: lower-cases to k
		"\u0130scjklanguage", // dotted capital I: lower-cases to i
		"\u017flug",          // long s: folds to s, but is already lower case
		"draft\u00e9", "Ärger", "ärger"}
	lowers := []string{"date", "keywords", "iscjklanguage", "slug", "drafté", "ärger", "", "dat"}
	for _, k := range keys {
		for _, lower := range lowers {
			if got, want := lowerIs(k, lower), strings.ToLower(k) == lower; got != want {
				t.Errorf("lowerIs(%q, %q) = %v, want %v", k, lower, got, want)
			}
		}
	}
}
