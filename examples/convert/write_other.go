//go:build !unix

package main

import (
	"io/fs"
	"os"
)

// keepOwner does nothing where files have no Unix owner.
func keepOwner(*os.File, fs.FileInfo) error { return nil }

// hardLinks returns 1: the count is not known here.
func hardLinks(fs.FileInfo) uint64 { return 1 }

// syncDir does nothing: directories cannot be synced here.
func syncDir(string) {}
