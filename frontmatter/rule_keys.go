package frontmatter

import (
	"strings"
)

// hugoKeys are the top-level front matter keys Hugo reserves, spelled as
// Hugo's documentation spells them (content-management/front-matter.md,
// "Fields"), with "menu", which Hugo reads when "menus" is absent
// (hugolib/page__menus.go), and the default taxonomies. Hugo reads keys in
// any case; these spellings are the ones its docs and templates use.
var hugoKeys = []string{
	"aliases", "build", "cascade", "date", "description", "draft",
	"expiryDate", "headless", "isCJKLanguage", "keywords", "lastmod",
	"layout", "linkTitle", "markup", "menu", "menus", "modified", "outputs",
	"params", "pubdate", "publishDate", "published", "resources",
	"sitemap", "sites", "slug", "summary", "title", "translationKey",
	"type", "unpublishdate", "url", "weight",
	"tags", "categories",
}

// hugoSpelling returns Hugo's spelling of key, when key is one of Hugo's
// reserved keys or one of cfg's taxonomies spelled in any case.
func hugoSpelling(key string, cfg *Config) (string, bool) {
	for _, k := range hugoKeys {
		if strings.EqualFold(k, key) {
			return k, true
		}
	}
	for _, t := range cfg.taxonomies() {
		if strings.EqualFold(t, key) {
			return t, true
		}
	}
	return "", false
}

// applyKeys is the keys rule: it respells Hugo's reserved top-level keys as
// Hugo documents them, and reports keys that differ only in case, at any
// depth: Hugo lower-cases every key, so it keeps one of them at random.
func applyKeys(r *ruleRun) error {
	r.caseConflicts(r.meta)
	for _, k := range r.meta.Keys() {
		want, ok := hugoSpelling(k, r.cfg)
		if !ok || want == k {
			continue
		}
		if !r.owned(k) {
			line, col := r.meta.Get(k).Pos()
			r.warn(line, col, "%s comes from a YAML merge (<<): left as it is; Hugo spells it %s", k, want)
			continue
		}
		if _, unique := r.lookup(strings.ToLower(k)); !unique {
			continue // reported by caseConflicts
		}
		line, col := r.meta.KeyPos(k)
		if err := r.meta.Rename(k, want); err != nil {
			return err
		}
		r.changed(line, col, "%s → %s, as Hugo spells it", k, want)
	}
	return nil
}

// caseConflicts warns about the keys of m, and of the maps inside it, that
// differ only in case.
func (r *ruleRun) caseConflicts(m *Map) {
	first := map[string]string{}
	for _, k := range m.Keys() {
		lower := strings.ToLower(k)
		if prev, ok := first[lower]; ok {
			line, col := m.KeyPos(k)
			r.warn(line, col, "%q and %q differ only in case: Hugo keeps one of them, at random; merge them by hand", prev, k)
		} else {
			first[lower] = k
		}
		if v := m.Get(k); v.Kind() == MapKind {
			r.caseConflicts(v.Map())
		}
	}
}
