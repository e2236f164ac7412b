package frontmatter

import (
	"fmt"
	"time"
)

// dateKeys are the top-level keys Hugo v0.160 reads as dates with its
// default configuration, lower-cased as Hugo matches them: the four dates
// and the aliases resources/page/pagemeta/page_frontmatter.go adds to them
// (modified for lastmod, pubdate and published for publishDate,
// unpublishdate for expiryDate).
var dateKeys = []string{
	"date", "lastmod", "modified", "publishdate", "pubdate", "published",
	"expirydate", "unpublishdate",
}

// applyDates is the dates rule: every date Hugo reads is written in a form
// Hugo parses, as the instant the author wrote, and in TOML as a native
// datetime. Values Hugo skips (empty, null) are left alone; values no one
// can read as a date are reported and left alone.
func applyDates(r *ruleRun) error {
	for _, lower := range dateKeys {
		key, ok := r.lookup(lower)
		if !ok {
			continue
		}
		r.date(key, r.meta.Get(key))
	}
	return nil
}

// date normalizes the date v at key.
func (r *ruleRun) date(key string, v *Node) {
	line, col := r.at(key, v)
	var text string
	switch v.Kind() {
	case NullKind:
		return
	case StringKind:
		if text = v.Str(); text == "" {
			return // Hugo skips an empty date
		}
	case DatetimeKind, LocalDatetimeKind, LocalDateKind:
		text = v.Str()
	case IntKind:
		// JSON numbers reach Hugo as floats, which it cannot read as dates.
		if sec, ok := v.Int(); ok && r.doc.Format() != JSON {
			r.warn(line, col, "%s is a number, which Hugo reads as seconds since 1970 (%s); left as it is", key, time.Unix(sec, 0).UTC().Format(time.RFC3339))
			return
		}
		fallthrough
	default:
		r.warn(line, col, "%s is not a date (Hugo stops: not a parsable date); left as it is", key)
		return
	}
	// TOML has datetimes, and Hugo's docs write dates as such: a string
	// there is made one.
	toNative := r.doc.Format() == TOML && v.Kind() == StringKind
	if !toNative && isCanonicalDate(text) && (r.cfg.Location == nil || !isLocalDateTime(text)) {
		return // already as Hugo documents it
	}
	w, err := parseWrittenDate(text)
	if err != nil {
		r.warn(line, col, "%s %q cannot be read as a date: %v; left as it is", key, text, err)
		return
	}
	zoned := w.shape == localDateTime && r.cfg.Location != nil
	w = w.in(r.cfg.Location)
	r.meta.Set(key, dateNode(w, r.doc.Format()))
	r.changed(line, col, "%s %s → %s (%s)", key, quoteString(v, text), w, dateWhy(w, zoned, toNative))
}

// dateNode returns the node for w in format f: a datetime, which TOML holds
// natively and YAML writes as a plain timestamp, or in JSON a string. The
// node is written exactly as w.String() writes it.
func dateNode(w writtenDate, f Format) *Node {
	switch {
	case f == JSON:
		return NewString(w.String())
	case w.shape == dateOnly:
		return NewLocalDate(w.t)
	case w.shape == localDateTime:
		return NewLocalDatetime(w.t)
	case w.utc:
		return NewDatetime(w.t.UTC())
	}
	// A numeric offset stays numeric, +00:00 included.
	_, offset := w.t.Zone()
	return NewDatetime(w.t.In(time.FixedZone("", offset)))
}

// dateWhy says why a date changed, for the report.
func dateWhy(w writtenDate, zoned, toNative bool) string {
	switch {
	case zoned:
		return "zone-less, now in the time zone asked for"
	case w.zoneName != "" && !w.hugo:
		return fmt.Sprintf("Hugo ignores the zone name %s", w.zoneName)
	case !w.hugo:
		return "Hugo could not parse it"
	case toNative:
		return "a TOML datetime, not a string"
	}
	return "same instant, in the form Hugo documents"
}

// quoteString returns text quoted when v is a string, so that the report
// tells a string from a datetime.
func quoteString(v *Node, text string) string {
	if v.Kind() == StringKind {
		return fmt.Sprintf("%q", text)
	}
	return text
}
