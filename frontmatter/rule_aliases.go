package frontmatter

import (
	"slices"
	"strconv"
	"strings"
)

// An alias is a key other generators use for something Hugo has a key for.
type alias struct {
	from, to string // lower case; to as Hugo spells it
	// why says what Hugo makes of the key before the rule renames it.
	why string
	// rename, when set, does the renaming itself: it checks the value, or
	// changes its form too.
	rename func(r *ruleRun, a alias, key string, v *Node) error
}

// keyAliases are the renamings the aliases rule makes, in this order. Each
// has a clear meaning in Hugo; keys whose meaning is a guess (author,
// layout names, comments) are left to the author.
var keyAliases = []alias{
	{from: "permalink", to: "url", why: "Jekyll's per-page URL; Hugo ignores it", rename: renamePermalink},
	{from: "category", to: "categories", why: "Jekyll's single category; Hugo ignores it", rename: renameCategory},
	{from: "published", to: "draft", why: "Jekyll's published: false; Hugo stops on a boolean published", rename: renamePublished},
	{from: "updated", to: "lastmod", why: "Hexo's last change; Hugo ignores it"},
	{from: "last_modified_at", to: "lastmod", why: "jekyll-last-modified-at's last change; Hugo ignores it"},
	{from: "modified", to: "lastmod", why: "an alias Hugo reads for lastmod"},
	{from: "excerpt", to: "summary", why: "Jekyll's summary; Hugo ignores it"},
	{from: "_build", to: "build", why: "deprecated in Hugo 0.145.0"},
}

// applyAliases is the aliases rule.
func applyAliases(r *ruleRun) error {
	for _, a := range keyAliases {
		key, ok := r.lookup(a.from)
		if !ok || slices.Contains(r.cfg.taxonomies(), a.from) {
			continue // a site's own taxonomy "category" is not Jekyll's
		}
		rename := a.rename
		if rename == nil {
			rename = renameKey
		}
		if err := rename(r, a, key, r.meta.Get(key)); err != nil {
			return err
		}
	}
	return nil
}

// renameKey renames key to a.to, unless the front matter already has a.to
// (in any case): then it warns and leaves both, since either could be the
// one the author means.
func renameKey(r *ruleRun, a alias, key string, _ *Node) error {
	_, err := r.renameTo(key, a.to, a.why)
	return err
}

// renameTo renames key to Hugo's key to, unless the front matter already
// has to (in any case). It reports whether it renamed.
func (r *ruleRun) renameTo(key, to, why string) (bool, error) {
	line, col := r.meta.KeyPos(key)
	if r.has(strings.ToLower(to)) {
		r.warn(line, col, "%s and %s are both set; left both (%s)", key, to, why)
		return false, nil
	}
	if err := r.meta.Rename(key, to); err != nil {
		return false, err
	}
	r.changed(line, col, "%s → %s (%s)", key, to, why)
	return true, nil
}

// renamePermalink renames a permalink that is a path on the site. Jekyll
// permalinks with placeholders (/:year/:title/) and absolute URLs, which
// Hugo refuses in url, are left to the author.
func renamePermalink(r *ruleRun, a alias, key string, v *Node) error {
	line, col := r.at(key, v)
	switch p := v.Str(); {
	case v.Kind() != StringKind:
		r.warn(line, col, "%s is not a string; left as it is", key)
	case strings.Contains(p, "://"):
		r.warn(line, col, "%s %q is an absolute URL, which Hugo refuses in url; left as it is", key, p)
	case strings.Contains(p, ":"):
		r.warn(line, col, "%s %q has placeholders, which Hugo's url does not expand; left as it is", key, p)
	default:
		return renameKey(r, a, key, v)
	}
	return nil
}

// renameCategory makes Jekyll's single category a categories list of one.
func renameCategory(r *ruleRun, a alias, key string, v *Node) error {
	switch v.Kind() {
	case ListKind:
		return renameKey(r, a, key, v)
	case StringKind:
		done, err := r.renameTo(key, a.to, a.why)
		if done {
			r.meta.Set(a.to, NewList(NewString(v.Str())))
		}
		return err
	}
	line, col := r.at(key, v)
	r.warn(line, col, "%s is neither a string nor a list; left as it is", key)
	return nil
}

// renamePublished turns Jekyll's published: false into draft: true, and a
// date-valued published (an alias Hugo reads) into publishDate. Hugo reads
// published as a date whatever its value, so that a boolean one stops the
// build ("not a parsable date").
func renamePublished(r *ruleRun, a alias, key string, v *Node) error {
	line, col := r.meta.KeyPos(key)
	if b, ok := boolValue(v); ok {
		draftKey, hasDraft := r.lookup(a.to)
		if !hasDraft {
			if err := r.meta.Rename(key, a.to); err != nil {
				return err
			}
			r.meta.Set(a.to, NewBool(!b))
			r.changed(line, col, "%s: %s → %s: %t (Hugo stops on a boolean published: not a parsable date)", key, v.Str(), a.to, !b)
			return nil
		}
		if d, ok := boolValue(r.meta.Get(draftKey)); ok && d == !b {
			r.meta.Delete(key)
			r.changed(line, col, "%s: %s removed: %s: %t says the same (Hugo stops on a boolean published)", key, v.Str(), draftKey, d)
			return nil
		}
		r.warn(line, col, "%s: %s and %s disagree: Hugo uses %s; left both", key, v.Str(), draftKey, draftKey)
		return nil
	}
	if isDateNode(v) {
		if r.has("publishdate") || r.has("pubdate") {
			r.warn(line, col, "%s and publishDate are both set; left both (Hugo reads publishDate first)", key)
			return nil
		}
		_, err := r.renameTo(key, "publishDate", "an alias Hugo reads for publishDate")
		return err
	}
	r.warn(line, col, "%s is neither a boolean nor a date; left as it is", key)
	return nil
}

// boolValue returns the boolean v holds, or spells as a string the way
// Hugo reads booleans from strings (strconv.ParseBool).
func boolValue(v *Node) (b, ok bool) {
	switch v.Kind() {
	case BoolKind:
		return v.Bool(), true
	case StringKind:
		b, err := strconv.ParseBool(v.Str())
		return b, err == nil
	}
	return false, false
}

// isDateNode reports whether v is a date: a datetime value, or a string
// that reads as one.
func isDateNode(v *Node) bool {
	switch v.Kind() {
	case DatetimeKind, LocalDatetimeKind, LocalDateKind:
		return true
	case StringKind:
		_, err := parseWrittenDate(v.Str())
		return err == nil
	}
	return false
}
