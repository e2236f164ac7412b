package scaling

import (
	"runtime"
	"time"

	"golang.org/x/sys/unix"
)

// clock returns a function that reads the CPU time of the calling thread,
// and a function to call when done with it. The goroutine stays on its
// thread in between, so that the times read are its own: time that other
// processes take from it on a busy machine does not count.
func clock() (now func() time.Duration, done func()) {
	runtime.LockOSThread()
	now = func() time.Duration {
		var ts unix.Timespec
		if err := unix.ClockGettime(unix.CLOCK_THREAD_CPUTIME_ID, &ts); err != nil {
			panic("scaling: CLOCK_THREAD_CPUTIME_ID: " + err.Error())
		}
		return time.Duration(ts.Nano())
	}
	return now, runtime.UnlockOSThread
}
