package frontmatter

import (
	"fmt"
	"strings"
	"sync"
	"time"
)

// This file reads dates the way authors write them and renders them in the
// forms Hugo parses. It knows nothing of documents: the "dates" rule
// (rule_dates.go) applies it to front matter values.

// A dateShape is how much of an instant a date says.
type dateShape uint8

const (
	dateOnly      dateShape = iota // 2017-11-12
	localDateTime                  // 2017-11-12T10:30:00, no zone: Hugo reads it in the site's time zone
	zonedDateTime                  // 2017-11-12T10:30:00+09:00
)

// A zoneForm is how a layout writes a time zone.
type zoneForm uint8

const (
	noZone        zoneForm = iota
	numericZone            // -0700, -07:00, -07, or Z
	namedZone              // MST: an abbreviation, which Hugo ignores
	numericNamed           // -0700 MST, as time.Time's String method writes it; the offset decides
	timeOnlyNoDay          // 3:04PM, Jan _2 15:04:05: no year, so not a page date
)

// A dateLayout is a time.Parse layout and what text it matches says.
type dateLayout struct {
	layout string
	shape  dateShape
	zone   zoneForm
	hugo   bool // Hugo v0.160 reads this layout (spf13/cast v1.10.0's list)
}

// A writtenDate is a date as its author wrote it.
type writtenDate struct {
	// t is the instant. For a zoned date it is in the written offset; for a
	// date-only or zone-less one it is the wall clock as written, in UTC.
	t     time.Time
	shape dateShape
	// utc is set when the author wrote the zone as Z, UTC, GMT or UT,
	// which renders as "Z"; a numeric +00:00 stays numeric.
	utc bool
	// hugo is set when Hugo reads the text as it stands, and reads it as the
	// same instant (a zone abbreviation is the exception: Hugo drops it).
	hugo bool
	// zoneName is the abbreviation the author wrote, if any.
	zoneName string
}

// hugoLayouts are the layouts Hugo v0.160 parses date strings with, in its
// order: spf13/cast v1.10.0 (internal/time.go, TimeFormats), called through
// common/htime.ToTimeInDefaultLocationE. Layouts with only a zone name are
// read in the site's time zone, the name ignored.
var hugoLayouts = []dateLayout{
	{"2006-01-02", dateOnly, noZone, true},
	{time.RFC3339, zonedDateTime, numericZone, true},
	{"2006-01-02T15:04:05", localDateTime, noZone, true},
	{time.RFC1123Z, zonedDateTime, numericZone, true},
	{time.RFC1123, zonedDateTime, namedZone, true},
	{time.RFC822Z, zonedDateTime, numericZone, true},
	{time.RFC822, zonedDateTime, namedZone, true},
	{time.RFC850, zonedDateTime, namedZone, true},
	{"2006-01-02 15:04:05.999999999 -0700 MST", zonedDateTime, numericNamed, true},
	{"2006-01-02T15:04:05-0700", zonedDateTime, numericZone, true},
	{"2006-01-02 15:04:05Z0700", zonedDateTime, numericZone, true},
	{"2006-01-02 15:04:05", localDateTime, noZone, true},
	{time.ANSIC, localDateTime, noZone, true},
	{time.UnixDate, zonedDateTime, namedZone, true},
	{time.RubyDate, zonedDateTime, numericZone, true},
	{"2006-01-02 15:04:05Z07:00", zonedDateTime, numericZone, true},
	{"02 Jan 2006", dateOnly, noZone, true},
	{"2006-01-02 15:04:05 -07:00", zonedDateTime, numericZone, true},
	{"2006-01-02 15:04:05 -0700", zonedDateTime, numericZone, true},
	{time.Kitchen, localDateTime, timeOnlyNoDay, true},
	{time.Stamp, localDateTime, timeOnlyNoDay, true},
	{time.StampMilli, localDateTime, timeOnlyNoDay, true},
	{time.StampMicro, localDateTime, timeOnlyNoDay, true},
	{time.StampNano, localDateTime, timeOnlyNoDay, true},
}

// authorLayouts returns the further forms real sites carry (Jekyll,
// Hakyll, WordPress exports, hand-written dates): numeric dates with "-" or
// "/", padded or not, with or without a time (seconds optional) and a zone;
// and dates with English month names. Hugo reads none of them that
// hugoLayouts does not already cover. Ambiguous forms such as 01/02/2006
// (month or day first?) are deliberately absent. The list is built once,
// when a date first needs it.
var authorLayouts = sync.OnceValue(func() []dateLayout {
	type zone struct {
		layout string
		form   zoneForm
	}
	numericZones := []zone{
		{"", noZone},
		{"Z07:00", numericZone}, {" Z07:00", numericZone},
		{"Z0700", numericZone}, {" Z0700", numericZone},
		{"Z07", numericZone}, {" Z07", numericZone},
		{" MST", namedZone},
	}
	namedZones := []zone{{"", noZone}, {" Z07:00", numericZone}, {" Z0700", numericZone}, {" MST", namedZone}}
	var out []dateLayout
	add := func(days, timeSeps []string, zones []zone) {
		for _, day := range days {
			out = append(out, dateLayout{day, dateOnly, noZone, false})
			for _, sep := range timeSeps {
				for _, clock := range []string{"15:04:05", "15:04"} {
					for _, z := range zones {
						shape := zonedDateTime
						if z.form == noZone {
							shape = localDateTime
						}
						out = append(out, dateLayout{day + sep + clock + z.layout, shape, z.form, false})
					}
				}
			}
		}
	}
	add([]string{"2006-1-2", "2006/1/2"}, []string{"T", " ", "t"}, numericZones)
	add([]string{
		"January 2, 2006", "January 2 2006", "2 January 2006", "2 January, 2006",
		"Monday, January 2, 2006", "Monday, 2 January 2006",
		"Jan 2, 2006", "Jan 2 2006", "2 Jan 2006", "2 Jan, 2006",
		"Mon, Jan 2, 2006", "Mon, 2 Jan 2006", "Mon Jan 2 2006",
	}, []string{" ", ", ", " at "}, namedZones)
	return out
})

// zoneOffsets are the zone abbreviations with one meaning, in seconds east
// of UTC: those RFC 822 and RFC 1123 define for mail and HTTP dates.
var zoneOffsets = map[string]int{
	"UT": 0, "UTC": 0, "GMT": 0, "Z": 0,
	"EST": -5 * 3600, "EDT": -4 * 3600,
	"CST": -6 * 3600, "CDT": -5 * 3600,
	"MST": -7 * 3600, "MDT": -6 * 3600,
	"PST": -8 * 3600, "PDT": -7 * 3600,
}

// parseWrittenDate reads s as an author wrote it. It fails on text that is
// not a date in a form it knows, on dates with no year, and on zone
// abbreviations with more than one meaning (CST in China or Chicago?),
// saying why.
func parseWrittenDate(s string) (writtenDate, error) {
	trimmed := strings.TrimSpace(s)
	if trimmed == "" {
		return writtenDate{}, fmt.Errorf("empty")
	}
	for _, layouts := range [][]dateLayout{hugoLayouts, authorLayouts()} {
		for _, l := range layouts {
			t, err := time.Parse(l.layout, trimmed)
			if err != nil {
				continue
			}
			w, err := written(trimmed, t, l)
			w.hugo = w.hugo && trimmed == s // Hugo trims nothing
			return w, err
		}
	}
	return writtenDate{}, fmt.Errorf("not a date in any form hugofmt reads")
}

// written turns what time.Parse made of s with layout l into a writtenDate.
func written(s string, t time.Time, l dateLayout) (writtenDate, error) {
	w := writtenDate{t: t, shape: l.shape, hugo: l.hugo}
	switch l.zone {
	case timeOnlyNoDay:
		return writtenDate{}, fmt.Errorf("no year (Hugo reads it as the year 0)")
	case noZone:
		// time.Parse gives UTC, which is what a wall clock is kept in.
	case numericZone, numericNamed:
		// Only "Z" is written as a letter here; time.Parse may give a
		// numeric +00:00 the Local zone, so the text decides.
		w.utc = strings.HasSuffix(s, "Z")
		name, offset := t.Zone()
		if l.zone == numericNamed {
			w.zoneName = name
		}
		w.t = t.In(time.FixedZone("", offset))
	case namedZone:
		name, _ := t.Zone()
		offset, ok := zoneOffsets[strings.ToUpper(name)]
		if !ok {
			return writtenDate{}, fmt.Errorf("the zone %q has no single offset", name)
		}
		// time.Parse makes up a zone with no offset for a name it does not
		// know as local; the wall clock is what the author wrote.
		w.t = time.Date(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), t.Nanosecond(), time.FixedZone(name, offset))
		w.utc = offset == 0
		w.zoneName = name
		// Hugo reads the wall clock in the site's time zone, not in the
		// named one.
		w.hugo = false
	}
	return w, nil
}

// in returns w with a zone-less date and time placed in loc, the wall clock
// kept. A date alone stays a date: it names a day, not an instant.
func (w writtenDate) in(loc *time.Location) writtenDate {
	if w.shape != localDateTime || loc == nil {
		return w
	}
	t := w.t
	w.t = time.Date(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), t.Nanosecond(), loc)
	_, offset := w.t.Zone()
	w.t = w.t.In(time.FixedZone("", offset))
	w.shape = zonedDateTime
	return w
}

// String renders w in the form Hugo's docs give and Hugo tries first:
// 2006-01-02, 2006-01-02T15:04:05 or 2006-01-02T15:04:05-07:00, seconds
// always written, a fraction of a second only when there is one, and "Z"
// only where the author wrote a UTC zone.
func (w writtenDate) String() string {
	switch w.shape {
	case dateOnly:
		return w.t.Format("2006-01-02")
	case localDateTime:
		return w.t.Format("2006-01-02T15:04:05.999999999")
	}
	if w.utc {
		return w.t.UTC().Format("2006-01-02T15:04:05.999999999Z")
	}
	return w.t.Format("2006-01-02T15:04:05.999999999-07:00")
}

// isCanonicalDate reports whether s is already written as String writes
// dates, give or take the digits of a fraction of a second: such a value is
// left as the author wrote it.
func isCanonicalDate(s string) bool {
	const day, clock = "0000-00-00", "T00:00:00"
	if !digitsLike(s, day) {
		return false
	}
	rest := s[len(day):]
	if rest == "" {
		return validDate(s, "2006-01-02")
	}
	if !digitsLike(rest, clock) {
		return false
	}
	rest = rest[len(clock):]
	if strings.HasPrefix(rest, ".") {
		n := 1
		for n < len(rest) && isDigit(rest[n]) {
			n++
		}
		if n == 1 {
			return false
		}
		rest = rest[n:]
	}
	switch {
	case rest == "":
		return validDate(s, "2006-01-02T15:04:05")
	case rest == "Z", digitsLike(rest, "+00:00"), digitsLike(rest, "-00:00"):
		return validDate(s, time.RFC3339)
	}
	return false
}

// isLocalDateTime reports whether s, a canonical date (isCanonicalDate),
// has a time but no zone.
func isLocalDateTime(s string) bool {
	return len(s) > len("2006-01-02") && !strings.HasSuffix(s, "Z") && !digitsLike(s[len(s)-6:], "+00:00") && !digitsLike(s[len(s)-6:], "-00:00")
}

// digitsLike reports whether s begins with pattern, where a '0' in the
// pattern stands for any ASCII digit and other bytes for themselves.
func digitsLike(s, pattern string) bool {
	if len(s) < len(pattern) {
		return false
	}
	for i := 0; i < len(pattern); i++ {
		if pattern[i] == '0' && !isDigit(s[i]) || pattern[i] != '0' && s[i] != pattern[i] {
			return false
		}
	}
	return true
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// validDate reports whether s is a real date in layout (no February 30).
func validDate(s, layout string) bool {
	_, err := time.Parse(layout, s)
	return err == nil
}
