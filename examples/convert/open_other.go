//go:build !linux

package main

import (
	"io/fs"
	"os"
)

// createFile creates the file name for writing, with permissions perm
// before the umask, and fails with an error matching fs.ErrExist when it
// exists.
func createFile(name string, perm fs.FileMode) (*os.File, error) {
	return os.OpenFile(name, os.O_WRONLY|os.O_CREATE|os.O_EXCL, perm)
}

// rename renames the file oldname to newname, replacing it.
func rename(oldname, newname string) error { return os.Rename(oldname, newname) }

// siteFS returns the files under dir.
func siteFS(dir string) fs.FS { return os.DirFS(dir) }
