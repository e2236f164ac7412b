package frontmatter

import (
	"fmt"
	"strings"
	"testing"
	"time"
)

// castLayouts is the list of layouts spf13/cast v1.10.0 tries, in order
// (internal/time.go), which is how Hugo v0.160 reads a date string
// (common/htime.ToTimeInDefaultLocationE). It is written out here from
// cast's source, independently of hugoLayouts, so that the tests judge the
// rules by Hugo's reading and not by the code under test.
var castLayouts = []struct {
	layout string
	named  bool // zone-less or zone name only: the wall clock is read in the site's zone
}{
	{"2006-01-02", true},
	{time.RFC3339, false},
	{"2006-01-02T15:04:05", true},
	{time.RFC1123Z, false},
	{time.RFC1123, true},
	{time.RFC822Z, false},
	{time.RFC822, true},
	{time.RFC850, true},
	{"2006-01-02 15:04:05.999999999 -0700 MST", false},
	{"2006-01-02T15:04:05-0700", false},
	{"2006-01-02 15:04:05Z0700", false},
	{"2006-01-02 15:04:05", true},
	{time.ANSIC, true},
	{time.UnixDate, true},
	{time.RubyDate, false},
	{"2006-01-02 15:04:05Z07:00", false},
	{"02 Jan 2006", true},
	{"2006-01-02 15:04:05 -07:00", false},
	{"2006-01-02 15:04:05 -0700", false},
	{time.Kitchen, true},
	{time.Stamp, true},
	{time.StampMilli, true},
	{time.StampMicro, true},
	{time.StampNano, true},
}

// hugoReadsDate parses s as Hugo v0.160 does, with loc as the site's time
// zone (Hugo's default is UTC).
func hugoReadsDate(s string, loc *time.Location) (time.Time, error) {
	for _, l := range castLayouts {
		t, err := time.Parse(l.layout, s)
		if err != nil {
			continue
		}
		if l.named {
			t = time.Date(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), t.Nanosecond(), loc)
		}
		return t, nil
	}
	return time.Time{}, fmt.Errorf("unable to parse date: %s", s)
}

func TestHugoLayoutsAreCasts(t *testing.T) {
	if len(hugoLayouts) != len(castLayouts) {
		t.Fatalf("%d Hugo layouts, cast has %d", len(hugoLayouts), len(castLayouts))
	}
	for i, l := range hugoLayouts {
		if l.layout != castLayouts[i].layout || !l.hugo {
			t.Errorf("hugoLayouts[%d] = %q (hugo %v), cast has %q", i, l.layout, l.hugo, castLayouts[i].layout)
		}
	}
}

func TestParseWrittenDate(t *testing.T) {
	tokyo, err := time.LoadLocation("Asia/Tokyo")
	if err != nil {
		t.Skip("no time zone database:", err)
	}
	tests := []struct {
		in   string
		loc  *time.Location // Config.Location
		want string         // the canonical form, or "error: ..." (a prefix)
		hugo bool           // Hugo reads the input as it stands
	}{
		// Already canonical.
		{in: "2017-11-12", want: "2017-11-12", hugo: true},
		{in: "2019-08-07T16:00:00+09:00", want: "2019-08-07T16:00:00+09:00", hugo: true},
		{in: "2019-08-07T16:00:00Z", want: "2019-08-07T16:00:00Z", hugo: true},
		{in: "2019-08-07T16:00:00", want: "2019-08-07T16:00:00", hugo: true},
		{in: "2019-08-07T16:00:00.25-07:00", want: "2019-08-07T16:00:00.25-07:00", hugo: true},
		// Forms Hugo reads, written canonically; the offset is kept, never Z.
		{in: "2024-03-05 22:44:26 -0700", want: "2024-03-05T22:44:26-07:00", hugo: true},
		{in: "2024-03-05 22:44:26 +00:00", want: "2024-03-05T22:44:26+00:00", hugo: true},
		{in: "2024-03-05T22:44:26+0900", want: "2024-03-05T22:44:26+09:00", hugo: true},
		{in: "2016-10-31 12:00:00", want: "2016-10-31T12:00:00", hugo: true},
		{in: "2016-10-31 12:00:00.5", want: "2016-10-31T12:00:00.5", hugo: true},
		{in: "2024-03-05 22:44:26.123456789 +0900 JST", want: "2024-03-05T22:44:26.123456789+09:00", hugo: true},
		{in: "Tue, 05 Mar 2024 22:44:26 -0700", want: "2024-03-05T22:44:26-07:00", hugo: true},
		{in: "12 Nov 2017", want: "2017-11-12", hugo: true},
		{in: "Mon Jan  2 15:04:05 2006", want: "2006-01-02T15:04:05", hugo: true},
		// Zone names: Hugo drops them; the author meant them.
		{in: "Tue, 05 Mar 2024 22:44:26 PST", want: "2024-03-05T22:44:26-08:00"},
		{in: "Tue, 05 Mar 2024 22:44:26 GMT", want: "2024-03-05T22:44:26Z"},
		{in: "2024-03-05 22:44:26 UTC", want: "2024-03-05T22:44:26Z"},
		{in: "Tue, 05 Mar 2024 22:44:26 JST", want: "error: the zone \"JST\" has no single offset"},
		// Forms Hugo refuses.
		{in: "November 12, 2017", want: "2017-11-12"},
		{in: "May 4, 2019", want: "2019-05-04"},
		{in: "november 12, 2017", want: "2017-11-12"},
		{in: "Nov 12, 2017", want: "2017-11-12"},
		{in: "12 November 2017", want: "2017-11-12"},
		{in: "Sunday, November 12, 2017", want: "2017-11-12"},
		{in: "2017/11/12", want: "2017-11-12"},
		{in: "2017/1/2", want: "2017-01-02"},
		{in: "2017-1-2", want: "2017-01-02"},
		{in: "2024-09-29T05:17", want: "2024-09-29T05:17:00"},
		{in: "2024-09-29 05:17", want: "2024-09-29T05:17:00"},
		{in: "2024-09-29 5:17:03", want: "2024-09-29T05:17:03", hugo: true},
		{in: "2024-09-29T05:17+09:00", want: "2024-09-29T05:17:00+09:00"},
		{in: "2024-09-29T05:17:03 +09:00", want: "2024-09-29T05:17:03+09:00"},
		{in: "2024-09-29T05:17:03+09", want: "2024-09-29T05:17:03+09:00"},
		{in: "2017/11/12 10:00:00 +0900", want: "2017-11-12T10:00:00+09:00"},
		{in: "November 12, 2017 10:30", want: "2017-11-12T10:30:00"},
		{in: " 2017-11-12 ", want: "2017-11-12"},
		// Zone-less values take Config.Location; dates alone stay dates.
		{in: "2016-10-31 12:00:00", loc: tokyo, want: "2016-10-31T12:00:00+09:00", hugo: true},
		{in: "2024-09-29T05:17", loc: tokyo, want: "2024-09-29T05:17:00+09:00"},
		{in: "2016-10-31", loc: tokyo, want: "2016-10-31", hugo: true},
		{in: "2016-10-31T12:00:00-07:00", loc: tokyo, want: "2016-10-31T12:00:00-07:00", hugo: true},
		// Not dates, or not enough of one.
		{in: "", want: "error: empty"},
		{in: "soon", want: "error: not a date"},
		{in: "01/02/2006", want: "error: not a date"},
		{in: "2017-02-30", want: "error: not a date"},
		{in: "3:04PM", want: "error: no year"},
		{in: "{{ .Date }}", want: "error: not a date"},
	}
	for _, tt := range tests {
		w, err := parseWrittenDate(tt.in)
		if err == nil {
			w = w.in(tt.loc)
		}
		var got string
		if err != nil {
			got = "error: " + err.Error()
		} else {
			got = w.String()
		}
		if !strings.HasPrefix(got, tt.want) || err == nil && got != tt.want {
			t.Errorf("parse %q (loc %v) = %s, want %s", tt.in, tt.loc, got, tt.want)
			continue
		}
		if err != nil {
			continue
		}
		if w.hugo != tt.hugo {
			t.Errorf("parse %q: hugo = %v, want %v", tt.in, w.hugo, tt.hugo)
		}
		// What we write, Hugo reads, as the instant the author wrote.
		// Zone-less values are compared in UTC, Hugo's default zone.
		back, err := hugoReadsDate(got, time.UTC)
		if err != nil {
			t.Errorf("parse %q: Hugo cannot read the result %q: %v", tt.in, got, err)
			continue
		}
		if !back.Equal(w.t) {
			t.Errorf("parse %q: Hugo reads %q as %v, the author wrote %v", tt.in, got, back, w.t)
		}
		if !isCanonicalDate(got) {
			t.Errorf("parse %q: result %q is not canonical", tt.in, got)
		}
		if again, err := parseWrittenDate(got); err != nil || again.String() != got {
			t.Errorf("parse %q: %q reads back as %q, %v", tt.in, got, again.String(), err)
		}
	}
}

func TestIsCanonicalDate(t *testing.T) {
	for s, want := range map[string]bool{
		"2017-11-12":                     true,
		"2017-11-12T10:00:00":            true,
		"2017-11-12T10:00:00Z":           true,
		"2017-11-12T10:00:00.120+09:00":  true,
		"2017-11-12T10:00:00-00:00":      true,
		"2017-11-12T10:00:00.Z":          false,
		"2017-11-12 10:00:00":            false,
		"2017-11-12T10:00":               false,
		"2017-11-12T10:00:00+0900":       false,
		"2017-11-12T10:00:00 +09:00":     false,
		"2017-1-12":                      false,
		"2017-02-30":                     false,
		"2017-11-12T25:00:00":            false,
		"2017-11-12T10:00:00+09:00extra": false,
		"":                               false,
	} {
		if got := isCanonicalDate(s); got != want {
			t.Errorf("isCanonicalDate(%q) = %v, want %v", s, got, want)
		}
	}
}
