package diff

import "sort"

// A Run is a stretch of bytes that a new text keeps from an old one:
// new[New:New+Len] is old[Old:Old+Len].
type Run struct {
	Old, New, Len int
}

// maxRefine bounds the size, both sides together, of a changed stretch of
// lines that Runs compares byte by byte. Larger ones keep only their common
// prefix and suffix.
const maxRefine = 16 << 10

// Runs returns the stretches of new that new keeps from old, in order,
// none touching the next: the lines the two texts share (as Unified finds
// them), and within the lines that differ the bytes they share. Like
// Unified it is bounded: past a thousand changed lines the rest of the
// texts counts as replaced, and a changed stretch of lines larger than
// 16 KiB keeps only its common prefix and suffix.
func Runs(old, new []byte) []Run {
	var runs []Run
	add := func(o, n, l int) {
		if l <= 0 {
			return
		}
		if k := len(runs) - 1; k >= 0 && runs[k].Old+runs[k].Len == o && runs[k].New+runs[k].Len == n {
			runs[k].Len += l
			return
		}
		runs = append(runs, Run{o, n, l})
	}
	a, b := lines(old), lines(new)
	aAt, bAt := starts(a), starts(b)
	ops := edits(a, b)
	for i := 0; i < len(ops); {
		if o := ops[i]; o.kind == keep {
			add(aAt[o.i], bAt[o.j], len(a[o.i]))
			i++
			continue
		}
		// A changed stretch: the lines ops[i:j] delete from a and insert
		// into b stand together on each side.
		ai, bj := ops[i].i, ops[i].j
		ae, be := ai, bj
		j := i
		for ; j < len(ops) && ops[j].kind != keep; j++ {
			if ops[j].kind == del {
				ae++
			} else {
				be++
			}
		}
		refine(old[aAt[ai]:aAt[ae]], new[bAt[bj]:bAt[be]], aAt[ai], bAt[bj], add)
		i = j
	}
	return runs
}

// refine adds the runs the changed stretches x of old, at xAt, and y of
// new, at yAt, share, comparing them byte by byte.
func refine(x, y []byte, xAt, yAt int, add func(o, n, l int)) {
	if len(x) == 0 || len(y) == 0 {
		return
	}
	if len(x)+len(y) > maxRefine {
		pre := 0
		for pre < len(x) && pre < len(y) && x[pre] == y[pre] {
			pre++
		}
		suf := 0
		for suf < len(x)-pre && suf < len(y)-pre && x[len(x)-1-suf] == y[len(y)-1-suf] {
			suf++
		}
		add(xAt, yAt, pre)
		add(xAt+len(x)-suf, yAt+len(y)-suf, suf)
		return
	}
	for _, o := range edits(bytesOf(x), bytesOf(y)) {
		if o.kind == keep {
			add(xAt+o.i, yAt+o.j, 1)
		}
	}
}

// bytesOf splits s into its bytes, for edits to compare one by one.
func bytesOf(s []byte) [][]byte {
	out := make([][]byte, len(s))
	for i := range s {
		out[i] = s[i : i+1]
	}
	return out
}

// starts returns the offset of each of ls in the text they split, and the
// text's length last.
func starts(ls [][]byte) []int {
	at := make([]int, len(ls)+1)
	for i, l := range ls {
		at[i+1] = at[i] + len(l)
	}
	return at
}

// Origin returns where offset x of new comes from in old, given the runs
// new keeps from old (see Runs): for a byte new kept, its offset in old;
// for a byte new does not hold from old, the offset in old where the text
// it replaced begins, that is where the last run before it ends (0 when
// none does). An x at or past the end of new maps past the last run.
func Origin(runs []Run, x int) int {
	i := sort.Search(len(runs), func(i int) bool { return runs[i].New > x }) - 1
	if i < 0 {
		return 0
	}
	r := runs[i]
	if x < r.New+r.Len {
		return r.Old + x - r.New
	}
	return r.Old + r.Len
}
