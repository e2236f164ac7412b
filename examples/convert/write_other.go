//go:build !unix

package main

import (
	"io/fs"
	"os"
)

// ids are nothing where files have no Unix owner.
type ids struct{}

func currentIDs() ids { return ids{} }

// keepOwner does nothing where files have no Unix owner.
func keepOwner(*os.File, fs.FileInfo, ids) error { return nil }

// hardLinks returns 1: the count is not known here.
func hardLinks(fs.FileInfo) uint64 { return 1 }

// A syncer syncs each new file before it is renamed; directories cannot
// be synced here.
type syncer struct{}

func newSyncer() syncer { return syncer{} }

func (s *syncer) add(string, fs.FileInfo) {}
func (s *syncer) file(f *os.File) error   { return f.Sync() }
func (s *syncer) data() error             { return nil }
func (s *syncer) renames()                {}
