//go:build !linux

package scaling

import "time"

// clock returns a function that reads a monotonic clock, and a function to
// call when done with it. Elsewhere than on Linux the times are wall
// times, which a busy machine makes longer.
func clock() (now func() time.Duration, done func()) {
	start := time.Now()
	return func() time.Duration { return time.Since(start) }, func() {}
}
