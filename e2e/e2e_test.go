package e2e

import (
	"strings"
	"testing"
)

// unconverted is a Converter that changes nothing.
func unconverted(string) (*Conversion, error) { return nil, nil }

// TestUnconvertedSiteFails proves that the comparison can fail: left as it
// is, the sample site loses every embed to Hugo's safe default, and the
// report must name each of them, the seed post's 37 among them.
func TestUnconvertedSiteFails(t *testing.T) {
	r := prove(t, sampleSite, unconverted)
	if r.EmbedsBefore == 0 || r.EmbedsAfter != 0 {
		t.Fatalf("embeds %d before, %d after; want some before, none after\n%s", r.EmbedsBefore, r.EmbedsAfter, r)
	}
	missing := map[string]int{}
	for _, d := range r.Failures() {
		if strings.HasPrefix(d.What, "embed ") && d.After == "missing" {
			missing[d.Page]++
		}
	}
	total := 0
	for _, n := range missing {
		total += n
	}
	if total != r.EmbedsBefore || missing[seedPost] != 37 {
		t.Errorf("%d embeds reported missing, %d on the seed post; want %d and 37\n%s", total, missing[seedPost], r.EmbedsBefore, r)
	}
	row := strings.Join([]string{seedPost, "embed", "speakerdeck", "3b6f73bb6b984c2196261c3e320e5b92", "shown", "missing", "FAIL"}, " ")
	if !hasRow(r.String(), row) {
		t.Errorf("the report has no row %q naming the page, the embed and the verdict:\n%s", row, r)
	}
}

// hasRow reports whether the table in report has a row whose cells, read
// apart from the padding, are the words of row.
func hasRow(report, row string) bool {
	for line := range strings.Lines(report) {
		if strings.Join(strings.Fields(line), " ") == row {
			return true
		}
	}
	return false
}
