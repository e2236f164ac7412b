package e2e

import (
	"slices"
	"strconv"
	"strings"

	"github.com/hugofmt/hugofmt/internal/diff"
)

// This file compares what a reader reads: the words of a page outside its
// embeds, and the words of an X post.

// untypeset undoes what Hugo's typographer does to text rendered as
// Markdown: curly quotes, dashes and ellipses read as the plain characters
// they were typed as. The raw HTML of a BEFORE page never went through it.
var untypeset = strings.NewReplacer(
	"‘", "'", "’", "'", "“", `"`, "”", `"`,
	"–", "--", "—", "---", "…", "...", "«", "<<", "»", ">>",
)

// dropped returns the positions in before of the words that after no
// longer shows, in order: the words a diff of the two sequences deletes,
// one word a line (internal/diff, read back from its unified output).
// Where the sequences differ more than internal/diff searches, its diff
// is not minimal, and more words than were lost may count as dropped.
func dropped(before, after []string) []int {
	d := diff.Unified("before", "after", wordLines(before), wordLines(after))
	var lost []int
	old := -1 // position in before of the next line of the hunk; -1 before the first
	for line := range strings.Lines(string(d)) {
		switch {
		case strings.HasPrefix(line, "@@ -"):
			start, _, _ := strings.Cut(strings.TrimPrefix(line, "@@ -"), ",")
			start, _, _ = strings.Cut(start, " ")
			n, _ := strconv.Atoi(start)
			old = max(n-1, 0)
		case old < 0: // the header: --- before, +++ after
		case line[0] == '-':
			lost = append(lost, old)
			old++
		case line[0] == ' ':
			old++
		}
	}
	return lost
}

// wordLines returns words one a line.
func wordLines(words []string) []byte {
	if len(words) == 0 {
		return nil
	}
	return []byte(strings.Join(words, "\n") + "\n")
}

// lostText returns the runs of consecutive words of before that after no
// longer shows, each joined by spaces, leaving out the words at the
// positions in excused, which are sorted.
func lostText(before, after []string, excused []int) []string {
	var runs []string
	var run []string
	last := -2
	for _, i := range dropped(before, after) {
		if _, ok := slices.BinarySearch(excused, i); ok {
			continue
		}
		if i != last+1 && run != nil {
			runs, run = append(runs, strings.Join(run, " ")), nil
		}
		run, last = append(run, before[i]), i
	}
	if run != nil {
		runs = append(runs, strings.Join(run, " "))
	}
	return runs
}
