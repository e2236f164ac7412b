// Package scaling tests that the time a function takes grows in proportion
// to the size of its input, give or take a logarithm: that no input of
// some shape makes it quadratic.
//
// A test builds inputs of a repeated unit and times the function on n and
// on 8n units. Linear work takes about 8 times as long on the larger one,
// n log n a little more, quadratic work 64 times. Check fails at 24, three
// times the linear ratio and a third of the quadratic one, so that neither
// a busy machine nor a cache that the larger input overflows is taken for
// quadratic work. Times are the fastest of several runs, each after a
// garbage collection, measured on Linux as the CPU time of the thread
// that ran them (other processes on a busy machine would stretch the
// longer runs more than the short ones), and n is chosen so that a run takes a few
// milliseconds; a check that fails is tried twice more before it is
// reported.
package scaling

import (
	"runtime"
	"testing"
	"time"
)

// Factor is how many times as many units the larger input has.
const Factor = 8

// Bound is the ratio of the times on Factor·n and on n units past which
// Check fails.
const Bound = 24

// minRun is the time the run on n units should take at least, so that the
// clock's resolution and scheduling noise stay small beside it.
const minRun = 3 * time.Millisecond

// Check fails t when f takes more than Bound times as long on
// input(Factor·n) as on input(n), n being at least min. input(n) returns an input of n
// units; f does the work to time, and must not modify its input.
func Check(t testing.TB, name string, min int, input func(n int) []byte, f func([]byte)) {
	t.Helper()
	if testing.Short() {
		t.Skip("times inputs of thousands of units")
	}
	n := min
	for fastest(input(n), f, 3) < minRun && n < 1<<20 {
		n *= 2
	}
	var ratio float64
	var small, large time.Duration
	for range 3 {
		a, b := input(n), input(Factor*n)
		small, large = fastest(a, f, 5), fastest(b, f, 5)
		ratio = float64(large) / float64(small)
		if ratio < Bound {
			return
		}
	}
	t.Errorf("%s: %d units took %v, %d units %v: %.1f times as long (linear work: about %d; the bound: %d)",
		name, n, small, Factor*n, large, ratio, Factor, Bound)
}

// fastest returns the shortest time f took on in in runs runs: CPU time
// of the thread that ran it where the system tells it (Linux), wall time
// elsewhere.
func fastest(in []byte, f func([]byte), runs int) time.Duration {
	now, done := clock()
	defer done()
	best := time.Duration(1<<63 - 1)
	for range runs {
		runtime.GC()
		start := now()
		f(in)
		if d := now() - start; d < best {
			best = d
		}
	}
	return best
}
