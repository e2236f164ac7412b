package main

import (
	"io/fs"
	"os"
	"strings"
	"syscall"
)

// The files the tool reads and writes are regular files, which Linux
// cannot poll. os.Open and os.OpenFile register every file they open with
// the runtime's poller all the same, and undo it when epoll refuses: five
// system calls (fcntl four times, epoll_ctl once) per file opened, twice
// per file written. openFile and createFile open files with one call to
// open(2) and hand the descriptor to os.NewFile, which costs one fcntl;
// rename makes one call to rename(2), where os.Rename makes two.

// openFile opens the file name for reading, as os.Open does.
func openFile(name string) (*os.File, error) {
	return open(name, syscall.O_RDONLY, 0)
}

// createFile creates the file name for writing, with permissions perm
// before the umask, and fails with an error matching fs.ErrExist when it
// exists, as os.OpenFile(name, os.O_WRONLY|os.O_CREATE|os.O_EXCL, perm)
// does.
func createFile(name string, perm fs.FileMode) (*os.File, error) {
	return open(name, syscall.O_WRONLY|syscall.O_CREAT|syscall.O_EXCL, uint32(perm.Perm()))
}

func open(name string, flags int, perm uint32) (*os.File, error) {
	for {
		fd, err := syscall.Open(name, flags|syscall.O_CLOEXEC, perm)
		switch err {
		case nil:
			return os.NewFile(uintptr(fd), name), nil
		case syscall.EINTR:
			continue
		}
		return nil, &fs.PathError{Op: "open", Path: name, Err: err}
	}
}

// rename renames the file oldname to newname, replacing it, as os.Rename
// does, without the Lstat of newname os.Rename makes to refuse replacing
// a directory: the caller has just checked newname, and rename(2) refuses
// a directory too.
func rename(oldname, newname string) error {
	for {
		err := syscall.Rename(oldname, newname)
		if err == syscall.EINTR {
			continue
		}
		if err != nil {
			return &os.LinkError{Op: "rename", Old: oldname, New: newname, Err: err}
		}
		return nil
	}
}

// siteFS returns the files under dir as os.DirFS does, but opened with
// openFile. Of os.DirFS's methods it has Open, ReadDir, ReadFile and
// Stat, which the walk uses; not Lstat and ReadLink, which os.DirFS has
// from Go 1.25 on.
func siteFS(dir string) fs.FS { return dirFS{os.DirFS(dir), dir} }

// dirFS is os.DirFS(dir) with openFile's Open.
type dirFS struct {
	fsys fs.FS // os.DirFS(dir)
	dir  string
}

func (d dirFS) Open(name string) (fs.File, error) {
	if !fs.ValidPath(name) || d.dir == "" {
		return d.fsys.Open(name) // the error os.DirFS gives
	}
	full := d.dir + "/" + name
	if strings.HasSuffix(d.dir, "/") {
		full = d.dir + name
	}
	f, err := openFile(full)
	if err != nil {
		err.(*fs.PathError).Path = name // as os.DirFS's errors
		return nil, err
	}
	return f, nil
}

func (d dirFS) ReadDir(name string) ([]fs.DirEntry, error) { return fs.ReadDir(d.fsys, name) }
func (d dirFS) ReadFile(name string) ([]byte, error)       { return fs.ReadFile(d.fsys, name) }
func (d dirFS) Stat(name string) (fs.FileInfo, error)      { return fs.Stat(d.fsys, name) }
