package e2e

import (
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"time"
)

// An effect is a change that a rule makes on purpose, as its
// documentation says, to what Hugo decodes from a page. A metadata
// difference is accepted only as the effect of a rule the conversion
// reports it applied to that very file, and only when the suite can check
// the new value itself, independently of the rule's code.
type effect struct {
	rule string
	// explain returns a note when the difference in field between b and
	// a is this effect.
	explain func(field string, b, a *Page) (string, bool)
}

// effects are the documented effects, by rule.
var effects = []effect{
	{rule: "dates", explain: readableDate},
	{rule: "taxonomies", explain: splitTerms},
	{rule: "aliases", explain: renamedKey},
}

// explain returns the rule among rules whose effect the difference in
// field between b and a is, with a note; "" when none is.
func explain(field string, b, a *Page, rules []string) (rule, note string) {
	for _, e := range effects {
		if !slices.Contains(rules, e.rule) {
			continue
		}
		if note, ok := e.explain(field, b, a); ok {
			return e.rule, note
		}
	}
	return "", ""
}

// dateFields are the dates Hugo decodes into every page.
var dateFields = []string{"date", "lastmod", "publishDate", "expiryDate"}

// dateKeys are the front matter keys Hugo reads those dates from, by
// default (its frontmatter.date, lastmod, publishDate and expiryDate
// settings).
var dateKeys = []string{"date", "publishdate", "pubdate", "published", "lastmod", "modified", "expirydate", "unpublishdate"}

// zeroDate is how a date Hugo did not set reads.
const zeroDate = `"0001-01-01T00:00:00Z"`

// readableDate is the effect of the dates rule on a date Hugo could not
// parse. Hugo logs an error, leaves the page's dates unset and keeps the
// text in the page's params. After the rule the date reads as the day and
// time the text says, and so do the dates that fall back to it (lastmod,
// publishDate), in the page's fields and in the params where Hugo copies
// them. The suite reads the text with layouts of its own.
func readableDate(field string, b, a *Page) (string, bool) {
	before, had := b.Meta[field]
	switch {
	case slices.Contains(dateFields, field):
		if before != zeroDate {
			return "", false
		}
	case slices.Contains(dateKeys, strings.TrimPrefix(field, "params.")):
		if _, isDate := jsonTime(before); had && isDate {
			return "", false
		}
	default:
		return "", false
	}
	got, ok := jsonTime(a.Meta[field])
	if !ok {
		return "", false
	}
	for _, k := range dateKeys {
		text, ok := jsonString(b.Meta["params."+k])
		if !ok {
			continue
		}
		if want, ok := readDate(text); ok && want.Equal(got) && sameOffset(want, got) {
			return fmt.Sprintf("Hugo could not parse %q", text), true
		}
	}
	return "", false
}

// dateLayouts are the ways of writing a date that the suite reads, beyond
// the ones Hugo reads itself: the ones the corpus's sites used.
var dateLayouts = []string{
	"January 2, 2006",
	"Jan 2, 2006",
	"January 2 2006",
	"2 January 2006",
	"2 Jan 2006",
	"Monday, January 2, 2006",
	"Mon, 2 Jan 2006 15:04:05 -0700",
	"2006/01/02",
	"2006/01/02 15:04",
	"2006/01/02 15:04:05",
	"2006.01.02",
}

// readDate reads a date the way a person would, in UTC when the text has
// no zone: the site's time zone, which the suite leaves at Hugo's default.
func readDate(text string) (time.Time, bool) {
	for _, layout := range dateLayouts {
		if t, err := time.Parse(layout, strings.TrimSpace(text)); err == nil {
			return t, true
		}
	}
	return time.Time{}, false
}

func sameOffset(x, y time.Time) bool {
	_, xo := x.Zone()
	_, yo := y.Zone()
	return xo == yo
}

// splitTerms is the effect of the taxonomies rule on a taxonomy written
// as one string of several terms: Hugo takes the string for one term; after
// the rule the page has each term. Terms are split at commas when there
// are any, else at white space, as Hakyll and Jekyll wrote them.
func splitTerms(field string, b, a *Page) (string, bool) {
	taxonomy, ok := strings.CutPrefix(field, "params.")
	if !ok {
		taxonomy, ok = strings.CutPrefix(field, "terms.")
	}
	if !ok {
		return "", false
	}
	s, ok := jsonString(b.Meta["params."+taxonomy])
	if !ok {
		return "", false
	}
	want := splitList(s)
	var got []string
	if json.Unmarshal([]byte(a.Meta["params."+taxonomy]), &got) != nil || !slices.Equal(got, want) {
		return "", false
	}
	var terms []string
	if json.Unmarshal([]byte(a.Meta["terms."+taxonomy]), &terms) != nil || len(terms) != len(want) {
		return "", false
	}
	return fmt.Sprintf("%q is %s", s, plural(len(want), "term")), true
}

// plural returns n and noun, in the plural unless n is 1.
func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}

// splitList splits a list written as one string, dropping empty and
// repeated items.
func splitList(s string) []string {
	sep := strings.Fields
	if strings.Contains(s, ",") {
		sep = func(s string) []string { return strings.Split(s, ",") }
	}
	var items []string
	for _, item := range sep(s) {
		if item = strings.TrimSpace(item); item != "" && !slices.Contains(items, item) {
			items = append(items, item)
		}
	}
	return items
}

// A rename is a key another generator uses for one of Hugo's keys.
type rename struct {
	from, to string
	// derived is the field Hugo derives from the key once renamed, which
	// therefore changes with it; "" for none.
	derived string
}

// renames are the renamings the aliases rule documents.
var renames = []rename{
	{from: "permalink", to: "url", derived: "relPermalink"},
	{from: "category", to: "categories", derived: "terms.categories"},
	{from: "published", to: "draft"},
	{from: "updated", to: "lastmod", derived: "lastmod"},
	{from: "last_modified_at", to: "lastmod", derived: "lastmod"},
	{from: "modified", to: "lastmod"},
	{from: "excerpt", to: "summary"},
	{from: "_build", to: "build"},
}

// renamedKey is the effect of the aliases rule on a key other generators
// use for one of Hugo's: the value moves to Hugo's key (Jekyll's single
// category becomes a list of one, Jekyll's published: true becomes draft:
// false), and what Hugo derives from the key follows it: the page's URL
// from url, its lastmod, its categories.
func renamedKey(field string, b, a *Page) (string, bool) {
	for _, rn := range renames {
		old, ok := b.Meta["params."+rn.from]
		if _, kept := a.Meta["params."+rn.from]; !ok || kept || !movedValue(rn, old, a) {
			continue
		}
		switch field {
		case "params." + rn.from, "params." + rn.to:
		case rn.derived:
			if !derivedFollows(rn, old, a) {
				continue
			}
		default:
			continue
		}
		return fmt.Sprintf("%s → %s", rn.from, rn.to), true
	}
	return "", false
}

// movedValue reports whether a holds, under rn.to, the value old held
// under rn.from.
func movedValue(rn rename, old string, a *Page) bool {
	moved := a.Meta["params."+rn.to]
	switch rn.from {
	case "category":
		return moved == old || moved == "["+old+"]"
	case "published":
		return (old == "true" && moved == "false") || (old == "false" && moved == "true")
	}
	return moved == old || sameInstant(moved, old)
}

// derivedFollows reports whether the field Hugo derives from rn.to reads
// as old, the value moved.
func derivedFollows(rn rename, old string, a *Page) bool {
	got := a.Meta[rn.derived]
	switch rn.derived {
	case "relPermalink":
		// Hugo makes a site path of url: "videos" serves at /videos/.
		url, _ := jsonString(old)
		rel, _ := jsonString(got)
		return strings.Trim(rel, "/") == strings.Trim(url, "/")
	case "lastmod":
		return sameInstant(got, old)
	case "terms.categories":
		var terms, categories []string
		return json.Unmarshal([]byte(got), &terms) == nil &&
			json.Unmarshal([]byte(a.Meta["params.categories"]), &categories) == nil &&
			len(terms) == len(categories)
	}
	return false
}

// sameInstant reports whether two JSON values are dates of the same
// instant, in the same offset.
func sameInstant(x, y string) bool {
	tx, okx := jsonTime(x)
	ty, oky := jsonTime(y)
	return okx && oky && tx.Equal(ty) && sameOffset(tx, ty)
}

// jsonTime returns the date a JSON value holds, as Hugo's jsonify writes
// dates.
func jsonTime(v string) (time.Time, bool) {
	s, ok := jsonString(v)
	if !ok {
		return time.Time{}, false
	}
	t, err := time.Parse(time.RFC3339Nano, s)
	return t, err == nil
}

// jsonString returns the string a JSON value holds, if it is one.
func jsonString(v string) (string, bool) {
	var s string
	err := json.Unmarshal([]byte(v), &s)
	return s, err == nil
}
