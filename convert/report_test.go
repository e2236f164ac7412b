package convert

import (
	"maps"
	"testing"
)

// TestSummaryCountsWhatIsLeft checks that a summary says, by source and
// name, what a run left for a human: the embeds left by reason, the other
// engines' syntax left by rule and name, the warnings by source.
func TestSummaryCountsWhatIsLeft(t *testing.T) {
	tr, err := New(Options{Rules: "jekyll,hexo,hugo,embeds"})
	if err != nil {
		t.Fatal(err)
	}
	files := []string{
		"---\ndate: someday\n---\n{% label primary@a %}\n\n{% label info@b %}\n\n{% notice %}x{% endnotice %}\n",
		"---\nlastmod: 32 May 2020\n---\n{% label c %}\n\n<iframe src=\"https://maps.example.com/embed?q=a\"></iframe>\n",
		"---\ntitle: fine\n---\n{% youtube dQw4w9WgXcQ %}\n",
	}
	var sum Summary
	for _, f := range files {
		_, rep, err := Bytes(tr, []byte(f))
		if err != nil {
			t.Fatal(err)
		}
		sum.Add(Result{Report: rep})
	}
	wantLeft := map[string]int{"unknown iframe": 1}
	wantUnmigrated := map[string]map[string]int{
		"jekyll-tags": {"{% label %}": 3, "{% notice %}": 1},
	}
	// A tag both Liquid engines leave is counted once, for the first.
	wantWarned := map[string]int{"jekyll-tags": 4, "dates": 2}
	if !maps.Equal(sum.Left, wantLeft) {
		t.Errorf("Left = %v, want %v", sum.Left, wantLeft)
	}
	if !maps.EqualFunc(sum.Unmigrated, wantUnmigrated, maps.Equal) {
		t.Errorf("Unmigrated = %v, want %v", sum.Unmigrated, wantUnmigrated)
	}
	if !maps.Equal(sum.Warned, wantWarned) {
		t.Errorf("Warned = %v, want %v", sum.Warned, wantWarned)
	}
	if sum.Warnings != 6 {
		t.Errorf("Warnings = %d, want 6", sum.Warnings)
	}
}
