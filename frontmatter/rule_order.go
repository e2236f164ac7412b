package frontmatter

import (
	"bytes"
	"slices"
	"strings"
)

// keyOrder is the order of the order rule: what a page is, when it
// appears, how it is found and classified, how it is built, then its
// parameters. The site's other taxonomies come after categories.
var keyOrder = []string{
	"title", "linkTitle", "description", "summary",
	"date", "publishDate", "lastmod", "expiryDate", "draft", "weight",
	"slug", "url", "aliases", "tags", "categories",
	"keywords", "type", "layout", "isCJKLanguage", "translationKey",
	"headless", "markup", "outputs", "menus", "menu", "resources", "build",
	"sitemap", "sites", "cascade", "params",
}

// applyOrder is the order rule: the keys of keyOrder present in the front
// matter (in any case) come first, in that order; every other key follows
// in its original order.
func applyOrder(r *ruleRun) error {
	order := slices.Clone(keyOrder)
	if i := slices.Index(order, "categories"); i >= 0 {
		order = slices.Insert(order, i+1, r.cfg.taxonomies()[2:]...)
	}
	keys := slices.DeleteFunc(r.meta.Keys(), func(k string) bool { return !r.owned(k) })
	if len(keys) == 0 {
		return nil
	}
	var first []string
	for _, want := range order {
		for _, k := range keys {
			if strings.EqualFold(k, want) && !slices.Contains(first, k) {
				first = append(first, k)
			}
		}
	}
	rest := slices.DeleteFunc(slices.Clone(keys), func(k string) bool { return slices.Contains(first, k) })
	if slices.Equal(append(slices.Clone(first), rest...), keys) {
		return nil
	}
	// The format may have the last word: TOML writes tables after plain
	// keys. What counts is whether the file changes.
	before, err := r.doc.Bytes()
	if err != nil {
		return err
	}
	r.meta.Reorder(first)
	after, err := r.doc.Bytes()
	if err != nil {
		return err
	}
	if bytes.Equal(before, after) {
		return nil
	}
	line, col := r.meta.KeyPos(keys[0])
	r.changed(line, col, "keys reordered: %s first", strings.Join(first, ", "))
	return nil
}
