package diff

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
)

// checkRuns fails unless runs are stretches new keeps from old, in order
// on both sides, none touching the next.
func checkRuns(t *testing.T, old, new []byte, runs []Run) {
	t.Helper()
	o, n := -1, -1
	for _, r := range runs {
		if r.Len <= 0 || r.Old < o || r.New < n || r.Old+r.Len > len(old) || r.New+r.Len > len(new) {
			t.Fatalf("run %+v out of order or range in %+v", r, runs)
		}
		if r.Old == o && r.New == n {
			t.Fatalf("run %+v touches the one before in %+v", r, runs)
		}
		if !bytes.Equal(old[r.Old:r.Old+r.Len], new[r.New:r.New+r.Len]) {
			t.Fatalf("run %+v: %q is not %q", r, new[r.New:r.New+r.Len], old[r.Old:r.Old+r.Len])
		}
		o, n = r.Old+r.Len, r.New+r.Len
	}
}

func TestRunsOrigin(t *testing.T) {
	tests := []struct {
		name, old, new string
		at             string // the text whose origin is checked, found once in each
	}{
		{
			name: "equal",
			old:  "a\nb\n<iframe>\n",
			new:  "a\nb\n<iframe>\n",
			at:   "<iframe>",
		},
		{
			name: "lines removed above",
			old:  "a\n{% raw %}\nb\n{% endraw %}\n\n<iframe src=x>\n",
			new:  "a\nb\n\n<iframe src=x>\n",
			at:   "<iframe",
		},
		{
			name: "lines added above",
			old:  "a\n<iframe src=x>\n",
			new:  "```go\nx\n```\na\n<iframe src=x>\n",
			at:   "<iframe",
		},
		{
			name: "same line, edits around",
			old:  "{% a %} <iframe x> {% b %}\n",
			new:  "{{< a >}} <iframe x> {{< b >}}\n",
			at:   "<iframe",
		},
		{
			name: "repeated lines",
			old:  "x\n\nx\n\n{% y %}\n\nx\n<iframe>\n",
			new:  "x\n\nx\n\n{{< y >}}\n\nx\n<iframe>\n",
			at:   "<iframe>",
		},
		{
			name: "no final newline",
			old:  "{% a %}\n<iframe>",
			new:  "{{< a >}}\n<iframe>",
			at:   "<iframe>",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			runs := Runs([]byte(tt.old), []byte(tt.new))
			checkRuns(t, []byte(tt.old), []byte(tt.new), runs)
			want := strings.Index(tt.old, tt.at)
			if got := Origin(runs, strings.Index(tt.new, tt.at)); got != want {
				t.Errorf("Origin of %q = %d, want %d (runs %+v)", tt.at, got, want, runs)
			}
		})
	}
}

// TestOriginOfWrittenText checks that text new does not hold from old
// maps to where the text it replaced begins.
func TestOriginOfWrittenText(t *testing.T) {
	old := "intro\n{% youtube abc %}\nend\n"
	new := "intro\n\n<!-- x -->\nend\n"
	runs := Runs([]byte(old), []byte(new))
	checkRuns(t, []byte(old), []byte(new), runs)
	if got, want := Origin(runs, strings.Index(new, "x -->")), strings.Index(old, "{%"); got < want || got > strings.Index(old, "end") {
		t.Errorf("written text maps to %d, want within the replaced text from %d", got, want)
	}
	if got := Origin(nil, 5); got != 0 {
		t.Errorf("Origin with no run = %d, want 0", got)
	}
	runs = Runs([]byte("abc\n"), []byte("xabc\n"))
	if got := Origin(runs, 0); got != 0 {
		t.Errorf("a byte inserted at the start maps to %d, want 0", got)
	}
	if got := Origin(runs, 5); got != 4 {
		t.Errorf("the end of new maps to %d, want the end of old, 4", got)
	}
}

// TestRunsLargeStretch checks that a changed stretch too large to compare
// byte by byte keeps its common prefix and suffix.
func TestRunsLargeStretch(t *testing.T) {
	old := "head " + strings.Repeat("a", maxRefine) + " tail\n"
	new := "head " + strings.Repeat("b", maxRefine) + " tail\n"
	runs := Runs([]byte(old), []byte(new))
	checkRuns(t, []byte(old), []byte(new), runs)
	if len(runs) != 2 || runs[0].Len != len("head ") || runs[1].Len != len(" tail\n") {
		t.Errorf("runs %+v, want the prefix and the suffix", runs)
	}
}

// TestRunsRandomEdits checks Runs on random edits of a text of distinct
// lines, as transforms make them: some lines changed in place, some
// removed, some added. Each run is a stretch both texts hold, and every
// byte of a line no edit touched maps back to where it was.
func TestRunsRandomEdits(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	words := []string{"a", "b", "<iframe>", "{% x %}", "  ", "{{< y >}}", "é"}
	for range 300 {
		var old, new strings.Builder
		var from []int // for each byte of new, its offset in old, or -1
		for i := range r.IntN(40) {
			line := fmt.Sprintf("line %d:", i)
			for range r.IntN(6) {
				line += " " + words[r.IntN(len(words))]
			}
			line += "\n"
			at := old.Len()
			old.WriteString(line)
			switch r.IntN(10) {
			case 0: // removed
			case 1: // changed in place
				s, e := r.IntN(len(line)), r.IntN(len(line))
				s, e = min(s, e), max(s, e)
				repl := fmt.Sprintf("{{< new %d >}}", i)
				new.WriteString(line[:s] + repl + line[e:])
				for range len(line[:s]) + len(repl) + len(line[e:]) {
					from = append(from, -1)
				}
			case 2: // a line added before it
				added := fmt.Sprintf("added %d\n", i)
				new.WriteString(added + line)
				for range len(added) {
					from = append(from, -1)
				}
				for k := range len(line) {
					from = append(from, at+k)
				}
			default:
				new.WriteString(line)
				for k := range len(line) {
					from = append(from, at+k)
				}
			}
		}
		runs := Runs([]byte(old.String()), []byte(new.String()))
		checkRuns(t, []byte(old.String()), []byte(new.String()), runs)
		for x, o := range from {
			if got := Origin(runs, x); o >= 0 && got != o {
				t.Fatalf("byte %d of new (%q), at %d in old, maps to %d:\nold %q\nnew %q\nruns %+v", x, new.String()[x], o, got, old.String(), new.String(), runs)
			}
		}
	}
}
