package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
)

// How -w replaces files. Each changed file is written to a new file in its
// directory, which gets the old file's mode (and owner, where the process
// may set it), and that new file is renamed over the old one: a rename is
// atomic, so a crash or a kill at any moment leaves every file either old
// or new, never a mix, never none.
//
// Against a power cut, the new content must be on disk before the rename
// that makes it the file's, and the rename itself must reach the disk.
// Syncing each file and its directory does that at the cost of two disk
// flushes per file, which made -w slower on a disk than hugo convert.
// So the writes go in batches: a writer stages the new files of a batch,
// makes all their content durable at once (on Linux, one syncfs per file
// system; elsewhere, by syncing each new file), renames them, and at the
// end makes the renames durable (syncfs again, or a sync of each directory
// written). The guarantee holds at every moment; only the time a file
// waits for its rename grows, to a batch. A batch is committed (synced and
// renamed) by a goroutine of its own while the next one is staged, so
// that converting seldom waits for the disk.

// Batch limits: a batch is committed when it holds this many files or
// bytes, whichever comes first, and at the end of a run.
const (
	batchFiles = 256
	batchBytes = 8 << 20
)

// A writer replaces files with new content in batches, as described above.
// Its methods are called by one goroutine; the commit of a batch runs on
// a goroutine of its own, one batch at a time.
type writer struct {
	ids   ids        // the process's user and group, for keepOwner
	batch []*pending // staged, not yet committed
	size  int        // bytes in batch

	sync       syncer        // makes what is written durable; the commit's own
	committing chan struct{} // closed when the batch being committed is; nil when none
}

// A pending write is a file staged in a batch.
type pending struct {
	name   string      // the file as named
	target string      // the file written: name, or where a link leads
	tmp    string      // the new file, to rename over target
	old    fs.FileInfo // the file as read
	cur    fs.FileInfo // target as staged
	err    error       // why the file cannot be written; it is as it was
}

func newWriter() *writer { return &writer{ids: currentIDs(), sync: newSyncer()} }

// full reports whether the batch should be committed now.
func (w *writer) full() bool { return len(w.batch) >= batchFiles || w.size >= batchBytes }

// stage writes data, the new content of the file name read as old, to a
// new file beside it, and adds it to the batch. When the file cannot be
// written the returned pending holds why, and nothing was left behind.
//
// A link is written through: its target gets the new content and the link
// stays a link. The file is refused when it has other hard links, which a
// rename would leave with the old content.
func (w *writer) stage(name string, data []byte, old fs.FileInfo) *pending {
	p := &pending{name: name, target: name, old: old}
	w.batch = append(w.batch, p)
	cur, err := os.Lstat(name)
	if err == nil && cur.Mode()&fs.ModeSymlink != 0 {
		if p.target, err = filepath.EvalSymlinks(name); err != nil {
			p.fail("resolving the path", err)
			return p
		}
		cur, err = os.Stat(p.target)
	}
	if err != nil {
		p.fail("checking the file before writing", err)
		return p
	}
	if n := hardLinks(cur); n > 1 {
		p.fail("not written", fmt.Errorf("the file has %d hard links, which writing a new file would separate", n))
		return p
	}
	if p.err = p.changed(cur); p.err != nil {
		return p
	}
	f, err := createTemp(filepath.Dir(p.target), "."+filepath.Base(p.target)+".hugofmt-")
	if err != nil {
		p.fail("creating a temporary file", err)
		return p
	}
	p.tmp = f.Name()
	mode := cur.Mode().Perm() | cur.Mode()&(fs.ModeSetuid|fs.ModeSetgid|fs.ModeSticky)
	what, err := "setting the mode of the new file", f.Chmod(mode)
	if err == nil {
		what, err = "setting the owner of the new file", keepOwner(f, cur, w.ids)
	}
	if err == nil {
		what = "writing"
		_, err = f.Write(data)
	}
	if err == nil {
		what, err = "syncing", w.sync.file(f)
	}
	if cerr := f.Close(); err == nil && cerr != nil {
		what, err = "writing", cerr
	}
	if err != nil {
		p.fail(what, err)
		os.Remove(p.tmp)
		p.tmp = ""
		return p
	}
	p.cur = cur
	w.size += len(data)
	return p
}

// commit starts committing the staged files, on a goroutine of its own,
// once the commit before it is done, and starts a new batch. Until wait
// returns, the pending writes of the batch must not be looked at.
func (w *writer) commit() {
	w.wait()
	if len(w.batch) == 0 {
		return
	}
	batch, done := w.batch, make(chan struct{})
	w.batch, w.size, w.committing = nil, 0, done
	go func() {
		defer close(done)
		w.commitBatch(batch)
	}()
}

// wait waits for the batch being committed, if any: its pending writes
// then hold what became of each file.
func (w *writer) wait() {
	if w.committing != nil {
		<-w.committing
		w.committing = nil
	}
}

// committed reports whether no batch is being committed, without waiting.
func (w *writer) committed() bool {
	if w.committing == nil {
		return true
	}
	select {
	case <-w.committing:
		w.committing = nil
		return true
	default:
		return false
	}
}

// commitBatch makes the content of the files of batch durable and renames
// each over its file, refusing one that changed on disk since it was
// read. The pending writes hold what became of each.
func (w *writer) commitBatch(batch []*pending) {
	for _, p := range batch {
		if p.err == nil {
			w.sync.add(filepath.Dir(p.target), p.cur)
		}
	}
	if err := w.sync.data(); err != nil {
		for _, p := range batch {
			if p.err == nil {
				p.fail("syncing", err)
			}
		}
	}
	for _, p := range batch {
		if p.err == nil {
			w.rename(p)
		}
		if p.err != nil && p.tmp != "" {
			os.Remove(p.tmp)
		}
	}
}

// rename renames p's new file over its target, unless the target changed.
func (w *writer) rename(p *pending) {
	cur, err := os.Stat(p.target)
	if err != nil {
		p.fail("checking the file before writing", err)
		return
	}
	if p.err = p.changed(cur); p.err != nil {
		return
	}
	if err := rename(p.tmp, p.target); err != nil {
		p.fail("replacing the file", err)
		return
	}
	p.tmp = ""
}

// close commits what is staged, waits for it, and makes the renames
// durable. Failing to sync is not an error of any file: each is new, and
// stays so unless the power fails before the system writes it anyway.
func (w *writer) close() {
	w.commit()
	w.wait()
	w.sync.renames()
}

// changed returns an error when cur, the file as it is now, is not the
// file read, so as not to lose an edit made meanwhile.
func (p *pending) changed(cur fs.FileInfo) error {
	if p.old != nil && (!cur.ModTime().Equal(p.old.ModTime()) || cur.Size() != p.old.Size()) {
		return p.fail("not written", errors.New("the file changed on disk while it was being converted"))
	}
	return nil
}

// fail sets p's error, saying what failed, and returns it.
func (p *pending) fail(what string, err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		err = pe.Err
	}
	p.err = fmt.Errorf("%s: %s: %w; the file is as it was", p.name, what, err)
	return p.err
}

// writeFile replaces the file name, read as old, with data, as a batch of
// one.
func writeFile(name string, data []byte, old fs.FileInfo) error {
	w := newWriter()
	p := w.stage(name, data, old)
	w.close()
	return p.err
}
