// Package diff computes line-based unified diffs, as printed by gofmt -d
// and by the golden-test harness when a case fails, and the stretches two
// texts share (Runs), with which a position in an edited text is traced
// back to the text it was edited from (Origin).
package diff

import (
	"bytes"
	"fmt"
)

// context is the number of unchanged lines shown around each change.
const context = 3

// maxEdits bounds the Myers search. Past it the remaining middle of the two
// texts is reported as one replaced block: still a correct diff, just not a
// minimal one, and never quadratic in time or memory on hostile input.
const maxEdits = 1000

// Unified returns the unified diff that turns old into new, with the file
// names oldName and newName in its header. It returns nil when old and new
// are equal. Lines are compared byte for byte, so a change of line ending
// (CRLF to LF) is a change. A text that does not end in a newline is marked
// with "\ No newline at end of file", as diff(1) does.
func Unified(oldName, newName string, old, new []byte) []byte {
	if bytes.Equal(old, new) {
		return nil
	}
	a, b := lines(old), lines(new)
	ops := edits(a, b)

	var out bytes.Buffer
	fmt.Fprintf(&out, "--- %s\n+++ %s\n", oldName, newName)
	for i := 0; i < len(ops); {
		// Find the next change and the hunk around it.
		for i < len(ops) && ops[i].kind == keep {
			i++
		}
		if i == len(ops) {
			break
		}
		start := max(i-context, 0)
		end := i
		for end < len(ops) {
			if ops[end].kind != keep {
				end++
				continue
			}
			// A run of kept lines ends the hunk if it is long enough to
			// separate it from the next change.
			run := end
			for run < len(ops) && ops[run].kind == keep {
				run++
			}
			if run == len(ops) || run-end > 2*context {
				end = min(end+context, len(ops))
				break
			}
			end = run
		}
		writeHunk(&out, ops[start:end], a, b)
		i = end
	}
	return out.Bytes()
}

type opKind uint8

const (
	keep opKind = iota
	del
	ins
)

// op is one line of the edit script: kept lines carry both indexes, deleted
// lines the index in a, inserted lines the index in b.
type op struct {
	kind opKind
	i, j int
}

func writeHunk(out *bytes.Buffer, ops []op, a, b [][]byte) {
	// Line numbers of the hunk header: the first line of each side it
	// covers, and how many lines it covers there.
	var aStart, bStart, aLen, bLen int
	aStart, bStart = -1, -1
	for _, o := range ops {
		switch o.kind {
		case keep:
			aLen++
			bLen++
			if aStart < 0 {
				aStart = o.i
			}
			if bStart < 0 {
				bStart = o.j
			}
		case del:
			aLen++
			if aStart < 0 {
				aStart = o.i
			}
		case ins:
			bLen++
			if bStart < 0 {
				bStart = o.j
			}
		}
	}
	fmt.Fprintf(out, "@@ -%s +%s @@\n", span(aStart, aLen, ops, true), span(bStart, bLen, ops, false))
	for _, o := range ops {
		switch o.kind {
		case keep:
			writeLine(out, ' ', a[o.i])
		case del:
			writeLine(out, '-', a[o.i])
		case ins:
			writeLine(out, '+', b[o.j])
		}
	}
}

// span formats one side of a hunk header. An empty side names the line
// before the hunk, as diff(1) does.
func span(start, n int, ops []op, old bool) string {
	if n == 0 {
		// The side has no line in the hunk: find where it would be.
		for _, o := range ops {
			if old && o.kind == ins {
				return fmt.Sprintf("%d,0", o.i)
			}
			if !old && o.kind == del {
				return fmt.Sprintf("%d,0", o.j)
			}
		}
		return "0,0"
	}
	if n == 1 {
		return fmt.Sprintf("%d", start+1)
	}
	return fmt.Sprintf("%d,%d", start+1, n)
}

func writeLine(out *bytes.Buffer, mark byte, line []byte) {
	out.WriteByte(mark)
	out.Write(line)
	if len(line) == 0 || line[len(line)-1] != '\n' {
		out.WriteString("\n\\ No newline at end of file\n")
	}
}

// lines splits s after each '\n', keeping the newline with its line.
func lines(s []byte) [][]byte {
	var ls [][]byte
	for len(s) > 0 {
		i := bytes.IndexByte(s, '\n')
		if i < 0 {
			ls = append(ls, s)
			break
		}
		ls = append(ls, s[:i+1])
		s = s[i+1:]
	}
	return ls
}

// edits returns an edit script from a to b. Deleted and inserted lines
// carry, besides their own index, the index on the other side at which they
// stand, so that empty hunk sides can be numbered.
func edits(a, b [][]byte) []op {
	// Common prefix and suffix are kept without search.
	pre := 0
	for pre < len(a) && pre < len(b) && bytes.Equal(a[pre], b[pre]) {
		pre++
	}
	suf := 0
	for suf < len(a)-pre && suf < len(b)-pre && bytes.Equal(a[len(a)-1-suf], b[len(b)-1-suf]) {
		suf++
	}
	var ops []op
	for k := 0; k < pre; k++ {
		ops = append(ops, op{keep, k, k})
	}
	ops = append(ops, middle(a[pre:len(a)-suf], b[pre:len(b)-suf], pre, pre)...)
	for k := suf; k > 0; k-- {
		ops = append(ops, op{keep, len(a) - k, len(b) - k})
	}
	return ops
}

// middle runs Myers' greedy algorithm on a and b, whose first lines stand at
// aOff and bOff in the whole texts.
func middle(a, b [][]byte, aOff, bOff int) []op {
	n, m := len(a), len(b)
	limit := min(n+m, maxEdits)
	offset := limit + 1
	v := make([]int, 2*limit+3)
	// trace[d] holds v as it stood before step d, for k in [-d-1, d+1].
	var trace [][]int
	found := -1
	for d := 0; d <= limit && found < 0; d++ {
		trace = append(trace, append([]int(nil), v[offset-d-1:offset+d+2]...))
		for k := -d; k <= d; k += 2 {
			var x int
			if k == -d || (k != d && v[offset+k-1] < v[offset+k+1]) {
				x = v[offset+k+1]
			} else {
				x = v[offset+k-1] + 1
			}
			y := x - k
			for x < n && y < m && bytes.Equal(a[x], b[y]) {
				x++
				y++
			}
			v[offset+k] = x
			if x >= n && y >= m {
				found = d
				break
			}
		}
	}
	if found < 0 {
		// Too many edits: replace the whole middle.
		ops := make([]op, 0, n+m)
		for i := range n {
			ops = append(ops, op{del, aOff + i, bOff})
		}
		for j := range m {
			ops = append(ops, op{ins, aOff + n, bOff + j})
		}
		return ops
	}
	// Walk the trace backwards to recover the path.
	var rev []op
	x, y := n, m
	for d := found; d > 0; d-- {
		vd := trace[d] // vd[k+d+1] is v[k] before step d
		k := x - y
		var prevK int
		if k == -d || (k != d && vd[k-1+d+1] < vd[k+1+d+1]) {
			prevK = k + 1
		} else {
			prevK = k - 1
		}
		prevX := vd[prevK+d+1]
		prevY := prevX - prevK
		for x > prevX && y > prevY {
			x--
			y--
			rev = append(rev, op{keep, aOff + x, bOff + y})
		}
		if x == prevX {
			y--
			rev = append(rev, op{ins, aOff + x, bOff + y})
		} else {
			x--
			rev = append(rev, op{del, aOff + x, bOff + y})
		}
	}
	for x > 0 && y > 0 {
		x--
		y--
		rev = append(rev, op{keep, aOff + x, bOff + y})
	}
	// Deletions before insertions within a change reads best.
	ops := make([]op, len(rev))
	for i, o := range rev {
		ops[len(rev)-1-i] = o
	}
	return ops
}
