//go:build unix && !linux

package main

import (
	"io/fs"
	"os"
)

// A syncer makes written files durable by syncing each new file before it
// is renamed, and each directory renamed into at the end.
type syncer struct {
	dirs map[string]bool // the directories written to
}

func newSyncer() syncer { return syncer{dirs: map[string]bool{}} }

// add notes that a file was written in dir.
func (s *syncer) add(dir string, _ fs.FileInfo) { s.dirs[dir] = true }

// file syncs a new file.
func (s *syncer) file(f *os.File) error { return f.Sync() }

// data does nothing: file synced each file.
func (s *syncer) data() error { return nil }

// renames syncs the directories renamed into, as far as it can.
func (s *syncer) renames() {
	for dir := range s.dirs {
		if d, err := os.Open(dir); err == nil {
			d.Sync()
			d.Close()
		}
	}
	clear(s.dirs)
}
