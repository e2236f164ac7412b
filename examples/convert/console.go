package main

import (
	"bufio"
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
//
// Like C's stdio, the console buffers what goes to a file or a pipe (a
// run may print a line for each of thousands of files) and writes what
// goes to a terminal at once. Before writing to one of the streams it
// flushes the other, so that the two keep their order when they go to the
// same file (2>&1); close flushes both.
type console struct {
	stdout, stderr io.Writer

	mu       sync.Mutex
	out, err io.Writer        // the real writers
	bufs     [2]*bufio.Writer // for out and err; nil for a terminal
	tty      bool             // stderr is a terminal: progress may be shown
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
	for i, w := range []io.Writer{stdout, stderr} {
		if !isTerminal(w) {
			c.bufs[i] = bufio.NewWriterSize(w, 32<<10)
		}
	}
	c.stdout = consoleWriter{c, 0}
	c.stderr = consoleWriter{c, 1}
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

// A consoleWriter writes to one of the console's streams: 0 for standard
// output, 1 for standard error.
type consoleWriter struct {
	c      *console
	stream int
}

func (cw consoleWriter) Write(p []byte) (int, error) {
	c := cw.c
	c.mu.Lock()
	defer c.mu.Unlock()
	c.clear()
	if other := c.bufs[1-cw.stream]; other != nil {
		other.Flush()
	}
	if b := c.bufs[cw.stream]; b != nil {
		return b.Write(p)
	}
	if cw.stream == 0 {
		return c.out.Write(p)
	}
	return c.err.Write(p)
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

// showsProgress reports whether a progress line may be shown: the line
// is worth formatting.
func (c *console) showsProgress() bool { return c.done != nil }

// progress sets the progress line, shown on a terminal only.
func (c *console) progress(line string) {
	if c.done == nil {
		return
	}
	c.mu.Lock()
	c.line = line
	c.mu.Unlock()
}

// close stops the progress line, clears it, and flushes what is
// buffered.
func (c *console) close() {
	if c.done != nil {
		close(c.done)
		c.stopped.Wait()
	}
	c.mu.Lock()
	c.clear()
	for _, b := range c.bufs {
		if b != nil {
			b.Flush()
		}
	}
	c.mu.Unlock()
}
