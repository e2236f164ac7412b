package main

import (
	"io"
	"os"
	"sync"
	"time"
)

// A console is where the command prints: standard output and standard
// error, and, when standard error is a terminal and a run lasts long
// enough, a progress line at the bottom. Every write goes through the
// console, which clears the progress line first, so that output never
// lands in the middle of it.
type console struct {
	stdout, stderr io.Writer

	mu       sync.Mutex
	out, err io.Writer // the real writers
	tty      bool      // stderr is a terminal: progress may be shown
	delay    time.Duration
	every    time.Duration
	start    time.Time
	line     string // the progress line to show
	shown    bool   // the progress line is on the screen
	done     chan struct{}
	stopped  sync.WaitGroup
}

func newConsole(stdout, stderr io.Writer) *console {
	c := &console{out: stdout, err: stderr, tty: isTerminal(stderr), delay: time.Second, every: 200 * time.Millisecond}
	c.stdout = consoleWriter{c, stdout}
	c.stderr = consoleWriter{c, stderr}
	return c
}

// isTerminal reports whether w is a terminal (a character device).
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	info, err := f.Stat()
	return err == nil && info.Mode()&os.ModeCharDevice != 0 && os.Getenv("TERM") != "dumb"
}

type consoleWriter struct {
	c *console
	w io.Writer
}

func (cw consoleWriter) Write(p []byte) (int, error) {
	cw.c.mu.Lock()
	defer cw.c.mu.Unlock()
	cw.c.clear()
	return cw.w.Write(p)
}

// clear removes the progress line from the screen. The caller holds c.mu.
func (c *console) clear() {
	if c.shown {
		io.WriteString(c.err, "\r\033[K")
		c.shown = false
	}
}

// startProgress starts showing progress, on a terminal only, once the run
// has lasted c.delay.
func (c *console) startProgress() {
	if !c.tty {
		return
	}
	c.start = time.Now()
	c.done = make(chan struct{})
	c.stopped.Add(1)
	go func() {
		defer c.stopped.Done()
		tick := time.NewTicker(c.every)
		defer tick.Stop()
		for {
			select {
			case <-c.done:
				return
			case <-tick.C:
				c.mu.Lock()
				if time.Since(c.start) >= c.delay && c.line != "" {
					c.clear()
					io.WriteString(c.err, c.line)
					c.shown = true
				}
				c.mu.Unlock()
			}
		}
	}()
}

// progress sets the progress line, shown on a terminal only.
func (c *console) progress(line string) {
	if c.done == nil {
		return
	}
	c.mu.Lock()
	c.line = line
	c.mu.Unlock()
}

// close stops the progress line and clears it.
func (c *console) close() {
	if c.done != nil {
		close(c.done)
		c.stopped.Wait()
	}
	c.mu.Lock()
	c.clear()
	c.mu.Unlock()
}
