package main

import (
	"bytes"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"
)

// screen is a terminal as the test sees it: one buffer for stdout and
// stderr, safe for the progress goroutine.
type screen struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (s *screen) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.buf.Write(p)
}

func (s *screen) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.buf.String()
}

func TestProgressOnTerminal(t *testing.T) {
	var scr screen
	c := newConsole(&scr, &scr)
	c.tty, c.delay, c.every = true, 30*time.Millisecond, 5*time.Millisecond
	c.startProgress()
	c.progress("7 files: 3 would change, 0 failed …")
	time.Sleep(15 * time.Millisecond)
	if s := scr.String(); s != "" {
		t.Fatalf("progress shown before the delay: %q", s)
	}
	time.Sleep(60 * time.Millisecond)
	fmt.Fprintln(c.stdout, "content/a.md")
	c.close()
	got := scr.String()
	// The line appears, is cleared before other output, and is cleared at
	// the end.
	line := "7 files: 3 would change, 0 failed …"
	i := strings.Index(got, line)
	j := strings.Index(got, "\r\033[Kcontent/a.md\n")
	if i < 0 || j < i {
		t.Errorf("screen %q: want the progress line, then a clear before the output", got)
	}
	if strings.HasSuffix(got, line) {
		t.Errorf("screen %q: the progress line is left at the end", got)
	}
}

func TestNoProgressWhenPiped(t *testing.T) {
	var scr screen
	c := newConsole(&scr, &scr) // a buffer is not a terminal
	c.delay, c.every = 0, time.Millisecond
	c.startProgress()
	c.progress("1 file")
	time.Sleep(20 * time.Millisecond)
	fmt.Fprintln(c.stderr, "x")
	c.close()
	if got := scr.String(); got != "x\n" {
		t.Errorf("piped output %q, want only the message", got)
	}
}

// TestBufferedKeepsOrder sends both streams to one file, as 2>&1 does:
// what is buffered comes out in the order it was written, all of it by
// close.
func TestBufferedKeepsOrder(t *testing.T) {
	var scr screen
	c := newConsole(&scr, &scr)
	fmt.Fprintln(c.stdout, "a.md")
	fmt.Fprintln(c.stderr, "a.md:1:1: warning")
	fmt.Fprintln(c.stdout, "b.md")
	fmt.Fprintln(c.stdout, "c.md")
	if got := scr.String(); got != "a.md\na.md:1:1: warning\n" {
		t.Errorf("before close: %q, want what came before the last switch of stream", got)
	}
	fmt.Fprintln(c.stderr, "summary")
	c.close()
	if got, want := scr.String(), "a.md\na.md:1:1: warning\nb.md\nc.md\nsummary\n"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}
