package e2e

import (
	"fmt"
	"maps"
	"slices"
	"strings"
	"text/tabwriter"
)

// A Difference is one way the AFTER site differs from the BEFORE site.
type Difference struct {
	// Page is the content file, or "" for the site as a whole.
	Page string
	// What differs: a metadata field ("date", "params.tags",
	// "terms.tags"), an embed ("embed youtube dQw4w9WgXcQ"), "text" (words
	// the page no longer shows), "raw HTML", "page", "hugo error" or
	// "convert error".
	What   string
	Before string
	After  string
	// Rule is the rule whose documented effect the difference is, or ""
	// when no rule accounts for it: the difference is then a failure.
	Rule string
	// Note says why a rule accounts for it, or what is wrong.
	Note string
}

// Failed reports whether no rule accounts for d.
func (d Difference) Failed() bool { return d.Rule == "" }

// Key names d as a case's known failures do: "PAGE WHAT", such as
// "posts/a.md embed youtube abc start=42".
func (d Difference) Key() string { return strings.TrimSpace(d.Page + " " + d.What) }

// A Report is the comparison of one case's BEFORE and AFTER sites.
type Report struct {
	Case string
	// Pages counts the pages compared: those both sites rendered.
	Pages int
	// EmbedsBefore and EmbedsAfter count the embeds the compared pages
	// show in each site; PageEmbeds holds the two counts of each page.
	EmbedsBefore, EmbedsAfter int
	PageEmbeds                map[string][2]int
	// Omitted counts the "raw HTML omitted" markers in the AFTER pages,
	// OmittedPages the pages that have any, which only a case that allows
	// raw HTML other than embeds may have.
	Omitted, OmittedPages int
	// EmbedsToday counts the embeds the original content still shows on
	// Hugo HugoVersion with its safe default, and TodayErrors are the
	// errors Hugo logs on it.
	EmbedsToday int
	TodayErrors []string
	Differences []Difference
}

// Failures returns the differences no rule accounts for.
func (r *Report) Failures() []Difference {
	return slices.DeleteFunc(slices.Clone(r.Differences), func(d Difference) bool { return !d.Failed() })
}

// Triage sorts r's failures by known, which lists known failures by
// Key under the reason for them; a key stands for every failure that has
// it (all the words a page lost, say). It returns the failures known does
// not list, and the keys known lists that no failure has: failures that
// no longer happen.
func (r *Report) Triage(known map[string][]string) (unknown []Difference, gone []string) {
	seen := map[string]bool{}
	for _, keys := range known {
		for _, k := range keys {
			seen[k] = false
		}
	}
	for _, d := range r.Failures() {
		if _, ok := seen[d.Key()]; ok {
			seen[d.Key()] = true
		} else {
			unknown = append(unknown, d)
		}
	}
	for k, ok := range seen {
		if !ok {
			gone = append(gone, k)
		}
	}
	slices.Sort(gone)
	return unknown, gone
}

// Summary returns r in one line: what was compared and what differed.
func (r *Report) Summary() string {
	effects := len(r.Differences) - len(r.Failures())
	s := fmt.Sprintf("%s: %d pages compared; embeds %d before, %d after (%d show today); %d documented rule effects; %d failures",
		r.Case, r.Pages, r.EmbedsBefore, r.EmbedsAfter, r.EmbedsToday, effects, len(r.Failures()))
	if r.Omitted > 0 {
		s += fmt.Sprintf("; %d raw HTML omitted on %d pages", r.Omitted, r.OmittedPages)
	}
	if len(r.TodayErrors) > 0 {
		s += fmt.Sprintf("; Hugo logs %d errors today", len(r.TodayErrors))
	}
	return s
}

// String returns the summary followed by a table of the differences,
// failures first.
func (r *Report) String() string {
	var b strings.Builder
	b.WriteString(r.Summary())
	b.WriteString("\n")
	if len(r.Differences) == 0 {
		return b.String()
	}
	ds := slices.Clone(r.Differences)
	slices.SortStableFunc(ds, func(x, y Difference) int {
		if x.Failed() != y.Failed() {
			if x.Failed() {
				return -1
			}
			return 1
		}
		return strings.Compare(x.Page, y.Page)
	})
	w := tabwriter.NewWriter(&b, 0, 0, 2, ' ', 0)
	fmt.Fprintln(w, "\tPAGE\tWHAT\tBEFORE\tAFTER\tVERDICT")
	for _, d := range ds {
		verdict := "FAIL"
		if !d.Failed() {
			verdict = "rule " + d.Rule
		}
		if d.Note != "" {
			verdict += ": " + d.Note
		}
		before, after := clipPair(d.Before, d.After)
		fmt.Fprintf(w, "\t%s\t%s\t%s\t%s\t%s\n", d.Page, d.What, before, after, verdict)
	}
	w.Flush()
	return b.String()
}

// cellWidth is the most runes a value takes in a table cell.
const cellWidth = 60

// clipPair shortens two values for their table cells. When both are too
// long, the cells start a little before the first rune where the values
// differ, so that the difference shows.
func clipPair(before, after string) (string, string) {
	b, a := []rune(before), []rune(after)
	if len(b) > cellWidth && len(a) > cellWidth {
		same := 0
		for same < len(b) && same < len(a) && b[same] == a[same] {
			same++
		}
		if start := same - 10; start > 0 {
			b, a = append([]rune("…"), b[start:]...), append([]rune("…"), a[start:]...)
		}
	}
	return clip(b), clip(a)
}

// clip shortens a value for a table cell; "-" stands for no value.
func clip(r []rune) string {
	switch {
	case len(r) == 0:
		return "-"
	case len(r) > cellWidth:
		return string(r[:cellWidth-1]) + "…"
	}
	return string(r)
}

// compare compares the pages of the BEFORE and AFTER sites into r. A
// metadata difference on a page is accepted when it is the documented
// effect of a rule that rules names for that file: one the conversion
// reports changed it.
//
// With rawHTML false, an AFTER page must hold no "raw HTML omitted" marker
// and show every word its BEFORE page shows outside embeds. With rawHTML
// true (the original posts carry raw HTML other than embeds, which Hugo's
// safe default omits), the markers are counted, and an AFTER page may lack
// the words Hugo already drops from the original page: those its TODAY
// page lacks.
func (r *Report) compare(today, before, after map[string]*Page, rules map[string][]string, rawHTML bool) {
	for _, file := range slices.Sorted(maps.Keys(before)) {
		b, a := before[file], after[file]
		if a == nil {
			r.add(Difference{Page: file, What: "page", Before: "rendered", After: "missing"})
			continue
		}
		r.Pages++
		r.EmbedsBefore += len(b.Embeds)
		r.EmbedsAfter += len(a.Embeds)
		if r.PageEmbeds == nil {
			r.PageEmbeds = map[string][2]int{}
		}
		r.PageEmbeds[file] = [2]int{len(b.Embeds), len(a.Embeds)}
		r.compareMeta(b, a, rules[file])
		r.compareEmbeds(b, a)
		if a.Omitted > 0 {
			r.Omitted += a.Omitted
			r.OmittedPages++
			if !rawHTML {
				r.add(Difference{Page: file, What: "raw HTML", Before: "-", After: fmt.Sprintf("%d × raw HTML omitted", a.Omitted)})
			}
		}
		var excused []int
		if rawHTML {
			var shownToday []string
			if t := today[file]; t != nil {
				shownToday = t.Words
			}
			excused = dropped(b.Words, shownToday)
		}
		for _, run := range lostText(b.Words, a.Words, excused) {
			r.add(Difference{Page: file, What: "text", Before: run, After: "missing", Note: "a reader no longer reads it"})
		}
	}
	for _, file := range slices.Sorted(maps.Keys(after)) {
		if before[file] == nil {
			r.add(Difference{Page: file, What: "page", Before: "missing", After: "rendered"})
		}
	}
}

func (r *Report) add(d Difference) { r.Differences = append(r.Differences, d) }

// compareMeta adds a difference for each metadata field that differs
// between b and a, accounted for by an effect of the rules applied to
// the page when one explains it.
func (r *Report) compareMeta(b, a *Page, rules []string) {
	fields := slices.Sorted(maps.Keys(b.Meta))
	for _, f := range slices.Sorted(maps.Keys(a.Meta)) {
		if _, ok := b.Meta[f]; !ok {
			fields = append(fields, f)
		}
	}
	for _, f := range fields {
		bv, av := b.Meta[f], a.Meta[f]
		if bv == av {
			continue
		}
		d := Difference{Page: b.File, What: f, Before: bv, After: av}
		d.Rule, d.Note = explain(f, b, a, rules)
		r.add(d)
	}
}

// compareEmbeds adds a difference for each embed of b that a does not show
// (or shows with other options or text), and for each embed a shows that b
// did not.
func (r *Report) compareEmbeds(b, a *Page) {
	left := map[string][]Embed{}
	for _, e := range a.Embeds {
		left[e.key()] = append(left[e.key()], e)
	}
	for _, e := range b.Embeds {
		k := e.key()
		if len(left[k]) == 0 {
			r.add(Difference{Page: b.File, What: "embed " + e.String(), Before: "shown", After: "missing"})
			continue
		}
		got := left[k][0]
		left[k] = left[k][1:]
		if got.Options != e.Options {
			r.add(Difference{Page: b.File, What: "embed " + k + " options", Before: e.Options, After: got.Options, Note: "the reader would see another part, file or version"})
		}
		if !strings.Contains(untypeset.Replace(got.Quote), untypeset.Replace(e.Text)) {
			r.add(Difference{Page: b.File, What: "embed " + k + " text", Before: e.Text, After: got.Quote, Note: "the post's words are not kept"})
		}
	}
	for _, k := range slices.Sorted(maps.Keys(left)) {
		for _, e := range left[k] {
			r.add(Difference{Page: b.File, What: "embed " + e.String(), Before: "missing", After: "shown", Note: "not an embed before"})
		}
	}
}
