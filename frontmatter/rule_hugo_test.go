package frontmatter

import (
	"fmt"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"time"
)

// This file replicates, for tests, what Hugo v0.160 makes of a page's front
// matter: decoded with the libraries Hugo uses (hugoDecode), keys
// lower-cased (common/hmaps.PrepareParams), dates resolved through Hugo's
// default chains (resources/page/pagemeta/page_frontmatter.go) and read with
// cast's layouts (castLayouts), the reserved fields read with cast's rules
// (hugolib/page__meta.go). The rules are judged against it: a rule may
// change what Hugo decodes only where that is its purpose.

// hugoPage is what Hugo reads from one page's front matter.
type hugoPage struct {
	// Dates are the four dates, by Hugo's lower-case names; absent when
	// no key sets them.
	Dates map[string]time.Time
	// DateErrors are the keys Hugo stops on: "not a parsable date".
	DateErrors []string
	Draft      bool
	// Fields are the other reserved fields, as Hugo reads them.
	Fields map[string]any
	// Terms are the terms of each taxonomy.
	Terms map[string][]string
	// Params are the keys Hugo does not reserve, lower-cased, with params
	// merged in.
	Params map[string]any
	// CaseConflict is set when two keys differ only in case: Hugo keeps
	// one at random, so the page cannot be compared.
	CaseConflict bool
}

// hugoDateChains are Hugo's default sources for each date, aliases
// included, in order (newDefaultFrontmatterConfig and dateFieldAliases;
// ":git" and file names are not front matter).
var hugoDateChains = map[string][]string{
	"date":        {"date", "publishdate", "pubdate", "published", "lastmod", "modified"},
	"lastmod":     {"lastmod", "modified", "date", "publishdate", "pubdate", "published"},
	"publishdate": {"publishdate", "pubdate", "published", "date"},
	"expirydate":  {"expirydate", "unpublishdate"},
}

// readHugoPage makes of fm, decoded front matter, what Hugo makes of it,
// with loc as the site's time zone and taxonomies as its taxonomies.
func readHugoPage(fm map[string]any, loc *time.Location, taxonomies []string) hugoPage {
	p := hugoPage{
		Dates:  map[string]time.Time{},
		Fields: map[string]any{},
		Terms:  map[string][]string{},
		Params: map[string]any{},
	}
	fm, p.CaseConflict = lowerKeys(fm)
	dateKey := map[string]bool{}
	for field, chain := range hugoDateChains {
		for _, k := range chain {
			dateKey[k] = true
		}
		for _, k := range chain {
			v, ok := fm[k]
			if !ok || v == nil || v == "" {
				continue
			}
			t, err := hugoTime(v, loc)
			if err != nil {
				if !slices.Contains(p.DateErrors, k) {
					p.DateErrors = append(p.DateErrors, k)
				}
				continue
			}
			p.Dates[field] = t
			break
		}
	}
	slices.Sort(p.DateErrors)
	var draft, published *bool
	for k, v := range fm {
		switch {
		case k == "published":
			if b, err := castBool(v); err == nil {
				published = &b
			}
		case dateKey[k]:
		case k == "draft":
			b, _ := castBool(v)
			draft = &b
		case k == "headless" || k == "iscjklanguage":
			p.Fields[k], _ = castBool(v)
		case k == "weight":
			p.Fields[k] = castInt(v)
		case k == "keywords" || k == "aliases":
			p.Fields[k] = castStrings(v)
		case slices.Contains([]string{"title", "linktitle", "summary", "description", "slug", "url", "type", "layout", "translationkey"}, k):
			p.Fields[k] = fmt.Sprint(v)
		case k == "params":
			if m, ok := v.(map[string]any); ok {
				for pk, pv := range m {
					p.Params[pk] = pv
				}
			}
		default:
			p.Params[k] = v
		}
	}
	switch {
	case draft != nil:
		p.Draft = *draft
	case published != nil:
		p.Draft = !*published
	}
	for _, tax := range append([]string{"tags", "categories"}, taxonomies...) {
		if v, ok := fm[tax]; ok && v != nil {
			if s, ok := v.(string); ok {
				p.Terms[tax] = []string{s}
			} else {
				p.Terms[tax] = castStrings(v)
			}
		}
	}
	return p
}

// lowerKeys lower-cases the keys of m and of the maps in it, as Hugo does,
// and reports whether two keys differed only in case.
func lowerKeys(m map[string]any) (map[string]any, bool) {
	out := make(map[string]any, len(m))
	conflict := false
	for k, v := range m {
		if sub, ok := v.(map[string]any); ok {
			var c bool
			v, c = lowerKeys(sub)
			conflict = conflict || c
		}
		lk := strings.ToLower(k)
		if _, dup := out[lk]; dup {
			conflict = true
		}
		out[lk] = v
	}
	return out, conflict
}

// hugoTime reads a date value as common/htime.ToTimeInDefaultLocationE
// does.
func hugoTime(v any, loc *time.Location) (time.Time, error) {
	switch v := v.(type) {
	case time.Time:
		// Hugo formats it as RFC 3339 and parses that back.
		return hugoReadsDate(v.Format(time.RFC3339), loc)
	case interface {
		AsTime(*time.Location) time.Time
	}:
		return v.AsTime(loc), nil
	case string:
		return hugoReadsDate(v, loc)
	case int:
		return time.Unix(int64(v), 0), nil
	case int64:
		return time.Unix(v, 0), nil
	case uint64:
		return time.Unix(int64(v), 0), nil
	}
	return time.Time{}, fmt.Errorf("unable to cast %#v to time", v)
}

// castBool reads a boolean as spf13/cast does.
func castBool(v any) (bool, error) {
	switch v := v.(type) {
	case bool:
		return v, nil
	case nil:
		return false, nil
	case string:
		return strconv.ParseBool(v)
	case int64:
		return v != 0, nil
	case uint64:
		return v != 0, nil
	case float64:
		return v != 0, nil
	}
	return false, fmt.Errorf("unable to cast %#v to bool", v)
}

// castInt reads an integer as spf13/cast's ToInt does (0 on failure).
func castInt(v any) int64 {
	switch v := v.(type) {
	case int64:
		return v
	case uint64:
		return int64(v)
	case float64:
		return int64(v)
	case string:
		n, _ := strconv.ParseInt(v, 0, 64)
		return n
	case bool:
		if v {
			return 1
		}
	}
	return 0
}

// castStrings reads a list of strings as spf13/cast's ToStringSlice does,
// for the values front matter holds.
func castStrings(v any) []string {
	switch v := v.(type) {
	case string:
		return strings.Fields(v)
	case []any:
		out := make([]string, len(v))
		for i, it := range v {
			out[i] = fmt.Sprint(it)
		}
		return out
	}
	return nil
}

// hugoPageDiff lists the fields where a and b differ, by name: "date",
// "draft", "fields.title", "terms.tags", "params.author", "dateErrors".
func hugoPageDiff(a, b hugoPage) []string {
	var out []string
	for _, f := range []string{"date", "lastmod", "publishdate", "expirydate"} {
		ta, oka := a.Dates[f]
		tb, okb := b.Dates[f]
		if oka != okb || !ta.Equal(tb) {
			out = append(out, f)
		}
	}
	if !slices.Equal(a.DateErrors, b.DateErrors) {
		out = append(out, "dateErrors")
	}
	if a.Draft != b.Draft {
		out = append(out, "draft")
	}
	for _, group := range []struct {
		name string
		a, b map[string]any
	}{{"fields", a.Fields, b.Fields}, {"params", a.Params, b.Params}} {
		for _, k := range unionKeys(group.a, group.b) {
			if !reflect.DeepEqual(group.a[k], group.b[k]) {
				out = append(out, group.name+"."+k)
			}
		}
	}
	for _, k := range unionKeys(a.Terms, b.Terms) {
		if !slices.Equal(a.Terms[k], b.Terms[k]) {
			out = append(out, "terms."+k)
		}
	}
	return out
}

func unionKeys[V any](a, b map[string]V) []string {
	var keys []string
	for k := range a {
		keys = append(keys, k)
	}
	for k := range b {
		if _, ok := a[k]; !ok {
			keys = append(keys, k)
		}
	}
	slices.Sort(keys)
	return keys
}
