package scaling

import (
	"bytes"
	"fmt"
	"testing"
)

// recorder is a testing.TB that keeps what Check reports.
type recorder struct {
	testing.TB
	failed string
}

func (r *recorder) Helper() {}

func (r *recorder) Errorf(format string, args ...any) { r.failed = fmt.Sprintf(format, args...) }

func units(n int) []byte { return bytes.Repeat([]byte("unit "), n) }

// TestCheck holds Check to its word: linear work passes, quadratic work
// fails.
func TestCheck(t *testing.T) {
	var sink int
	linear := func(b []byte) {
		for i := range b { // a byte at a time, as parsers go
			if b[i] == 'u' {
				sink += i
			}
		}
	}
	quadratic := func(b []byte) {
		for i := 0; i < len(b); i += 5 {
			bytes.Count(b[i:], []byte("u"))
		}
	}
	defer func() { _ = sink }()
	r := &recorder{TB: t}
	Check(r, "linear", 1000, units, linear)
	if r.failed != "" {
		t.Errorf("linear work failed the check: %s", r.failed)
	}
	r = &recorder{TB: t}
	Check(r, "quadratic", 1000, units, quadratic)
	if r.failed == "" {
		t.Errorf("quadratic work passed the check")
	} else {
		t.Log(r.failed)
	}
}
