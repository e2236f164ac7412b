package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
)

// writeFile replaces the file name, read as old, with data. The data goes
// to a new file in the same directory, which gets the old file's mode (and
// owner, where the process may set it), is synced to disk, and is renamed
// over the old file: a crash or a kill at any moment leaves the old file
// or the new one, never a mix, never none. A link is written through: its
// target gets the new content and the link stays a link.
//
// writeFile refuses to write when the file changed on disk since it was
// read, so as not to lose an edit made meanwhile, and when the file has
// other hard links, which a rename would leave with the old content.
func writeFile(name string, data []byte, old fs.FileInfo) (err error) {
	fail := func(what string, err error) error {
		var pe *fs.PathError
		if errors.As(err, &pe) {
			err = pe.Err
		}
		return fmt.Errorf("%s: %s: %w; the file is as it was", name, what, err)
	}
	target, err := filepath.EvalSymlinks(name)
	if err != nil {
		return fail("resolving the path", err)
	}
	cur, err := os.Stat(target)
	if err != nil {
		return fail("checking the file before writing", err)
	}
	if old != nil && (!cur.ModTime().Equal(old.ModTime()) || cur.Size() != old.Size()) {
		return fail("not written", errors.New("the file changed on disk while it was being converted"))
	}
	if n := hardLinks(cur); n > 1 {
		return fail("not written", fmt.Errorf("the file has %d hard links, which writing a new file would separate", n))
	}

	dir := filepath.Dir(target)
	f, err := os.CreateTemp(dir, "."+filepath.Base(target)+".hugofmt-*")
	if err != nil {
		return fail("creating a temporary file", err)
	}
	tmp := f.Name()
	defer func() {
		if err != nil {
			f.Close()
			os.Remove(tmp)
		}
	}()
	mode := cur.Mode().Perm() | cur.Mode()&(fs.ModeSetuid|fs.ModeSetgid|fs.ModeSticky)
	if err := f.Chmod(mode); err != nil {
		return fail("setting the mode of the new file", err)
	}
	if err := keepOwner(f, cur); err != nil {
		return fail("setting the owner of the new file", err)
	}
	if _, err := f.Write(data); err != nil {
		return fail("writing", err)
	}
	if err := f.Sync(); err != nil {
		return fail("syncing", err)
	}
	if err := f.Close(); err != nil {
		return fail("writing", err)
	}
	if err := os.Rename(tmp, target); err != nil {
		return fail("replacing the file", err)
	}
	// The rename is done: the file is new whatever happens next. Syncing
	// the directory makes the rename itself survive a power cut.
	syncDir(dir)
	return nil
}
