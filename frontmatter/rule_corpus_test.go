package frontmatter

import (
	"bytes"
	"fmt"
	"maps"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/hugofmt/hugofmt/internal/corpus"
)

// TestRulesCorpusPreset applies the hugo preset to every post of the shared
// corpus: it must read every file that has YAML, TOML or JSON front matter,
// be idempotent, and leave files it does not change byte for byte. It logs
// the changes by rule.
func TestRulesCorpusPreset(t *testing.T) {
	files := corpus.Files(t, "..")
	preset, err := RulesByName(HugoPreset)
	if err != nil {
		t.Fatal(err)
	}
	changes := map[string]int{}
	warnings := map[string]int{}
	filesChanged := 0
	for _, path := range slices.Sorted(maps.Keys(files)) {
		src := files[path]
		d, err := Parse(src)
		if err != nil || d.Format() == None || d.Format() == Org {
			continue // the split has its own corpus test
		}
		out, cs, ws, err := applyRules(src, Config{}, preset)
		if err != nil {
			t.Errorf("%s: %v", path, err)
			continue
		}
		if !bytes.Equal(out, src) {
			filesChanged++
		}
		for _, c := range cs {
			changes[c.Rule]++
		}
		for _, w := range ws {
			warnings[w.Rule]++
			t.Logf("%s:%s", path, w)
		}
		again, _, _, err := applyRules(out, Config{}, preset)
		if err != nil || !bytes.Equal(again, out) {
			t.Errorf("%s: not idempotent: %v\n%s", path, err, again)
		}
	}
	t.Logf("hugo preset over %d files: %d files changed; changes by rule: %s; warnings by rule: %s",
		len(files), filesChanged, countsByRule(changes), countsByRule(warnings))
}

// countsByRule formats counts in the order rules apply.
func countsByRule(counts map[string]int) string {
	var parts []string
	for _, r := range Rules() {
		if n := counts[r.Name()]; n > 0 {
			parts = append(parts, fmt.Sprintf("%s %d", r.Name(), n))
		}
	}
	if len(parts) == 0 {
		return "none"
	}
	return strings.Join(parts, ", ")
}

// ruleMayChange says which differences in what Hugo decodes each rule of the
// preset may make, because making them is its purpose. A rule may change
// nothing else.
var ruleMayChange = map[string]func(field string, before hugoPage, changes []Change) bool{
	// Hugo reads keys in any case: respelling them changes nothing.
	"keys": func(string, hugoPage, []Change) bool { return false },
	// Renaming a key Hugo ignores to Hugo's key: the new field, and the
	// param the old key was, change. Dates follow from lastmod and
	// publishDate, and a boolean published no longer stops the build.
	"aliases": func(field string, _ hugoPage, _ []Change) bool {
		switch field {
		case "fields.url", "terms.categories", "draft", "fields.summary",
			"date", "lastmod", "publishdate", "dateErrors":
			return true
		}
		for _, a := range keyAliases {
			if field == "params."+a.from || field == "params."+strings.ToLower(a.to) {
				return true
			}
		}
		return false
	},
	// A taxonomy string Hugo read as one term becomes a list of terms
	// (which templates also see in .Params).
	"taxonomies": func(field string, _ hugoPage, _ []Change) bool {
		for _, tax := range (&Config{}).taxonomies() {
			if field == "terms."+tax || field == "params."+tax {
				return true
			}
		}
		return false
	},
	// A date changes only where Hugo could not read it, or dropped the
	// zone the author wrote.
	"dates": func(field string, before hugoPage, changes []Change) bool {
		if !slices.Contains([]string{"date", "lastmod", "publishdate", "expirydate", "dateErrors"}, field) {
			return false
		}
		return len(before.DateErrors) > 0 || slices.ContainsFunc(changes, func(c Change) bool {
			return strings.Contains(c.Msg, "Hugo ignores the zone name")
		})
	},
	// A boolean changes only where Hugo read the string otherwise than
	// its author meant ("yes" as false).
	"types": func(field string, _ hugoPage, changes []Change) bool {
		return slices.Contains([]string{"draft", "fields.headless", "fields.iscjklanguage"}, field) &&
			slices.ContainsFunc(changes, func(c Change) bool { return strings.Contains(c.Msg, "Hugo reads this string as false") })
	},
}

// TestRulesCorpusHugoMeaning applies each rule of the preset alone to every
// post of the corpus and compares what Hugo decodes before and after: a
// rule may change it only where that is its purpose (ruleMayChange).
func TestRulesCorpusHugoMeaning(t *testing.T) {
	files := corpus.Files(t, "..")
	preset, _ := RulesByName(HugoPreset)
	for _, r := range preset {
		mayChange := ruleMayChange[r.Name()]
		if mayChange == nil {
			t.Fatalf("rule %s: no ruleMayChange entry", r.Name())
		}
		diffs := map[string]int{}
		for _, path := range slices.Sorted(maps.Keys(files)) {
			before, after, changes, ok := hugoBeforeAfter(t, path, files[path], r)
			if !ok {
				continue
			}
			for _, field := range hugoPageDiff(before, after) {
				diffs[field]++
				if !mayChange(field, before, changes) {
					t.Errorf("%s: rule %s changes what Hugo reads as %s:\nbefore %+v\nafter  %+v\nchanges %v", path, r.Name(), field, before, after, changes)
				}
			}
		}
		t.Logf("rule %s: fields Hugo reads differently: %v", r.Name(), diffs)
	}
}

// hugoBeforeAfter applies r to src and returns what Hugo reads from it
// before and after. ok is false for files Hugo's reading cannot be
// compared on: no front matter, front matter Hugo cannot decode, keys that
// differ only in case.
func hugoBeforeAfter(t *testing.T, path string, src []byte, r Rule) (before, after hugoPage, changes []Change, ok bool) {
	t.Helper()
	d, err := Parse(src)
	if err != nil || d.Format() == None || d.Format() == Org {
		return before, after, nil, false
	}
	fm, err := hugoDecode(d.Format(), d.Raw())
	if err != nil {
		return before, after, nil, false
	}
	before = readHugoPage(fm, time.UTC, nil)
	if before.CaseConflict {
		return before, after, nil, false
	}
	changes, _, err = r.Apply(d, Config{})
	if err != nil {
		t.Errorf("%s: %s: %v", path, r.Name(), err)
		return before, after, nil, false
	}
	out, err := d.Bytes()
	if err != nil {
		t.Errorf("%s: %s: rendering: %v", path, r.Name(), err)
		return before, after, nil, false
	}
	d2, err := Parse(out)
	if err != nil {
		t.Errorf("%s: %s: the result does not split: %v", path, r.Name(), err)
		return before, after, nil, false
	}
	fm2, err := hugoDecode(d2.Format(), d2.Raw())
	if err != nil {
		t.Errorf("%s: %s: Hugo cannot decode the result: %v\n%s", path, r.Name(), err, d2.Raw())
		return before, after, nil, false
	}
	return before, readHugoPage(fm2, time.UTC, nil), changes, true
}
