package main

import (
	"io/fs"
	"os"
	"syscall"

	"golang.org/x/sys/unix"
)

// A syncer makes written files durable with syncfs(2): one call per file
// system flushes everything written to it, however many files.
type syncer struct {
	dirs map[uint64]string // a directory written to, by file system
}

func newSyncer() syncer { return syncer{dirs: map[uint64]string{}} }

// add notes that a file was written in dir, beside the file info
// describes.
func (s *syncer) add(dir string, info fs.FileInfo) {
	if st, ok := info.Sys().(*syscall.Stat_t); ok {
		if _, seen := s.dirs[st.Dev]; !seen {
			s.dirs[st.Dev] = dir
		}
	}
}

// file does nothing: data syncs the files written with all the others.
func (s *syncer) file(*os.File) error { return nil }

// data makes the content of the files written so far durable.
func (s *syncer) data() error {
	for _, dir := range s.dirs {
		if err := syncfs(dir); err != nil {
			return err
		}
	}
	return nil
}

// renames makes the renames done so far durable, as far as it can.
func (s *syncer) renames() {
	s.data()
	clear(s.dirs)
}

// syncfs flushes to disk the file system that holds dir.
func syncfs(dir string) error {
	d, err := os.Open(dir)
	if err != nil {
		return err
	}
	defer d.Close()
	return unix.Syncfs(int(d.Fd()))
}
