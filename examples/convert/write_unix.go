//go:build unix

package main

import (
	"errors"
	"io/fs"
	"os"
	"syscall"
)

// ids are the effective user and group of the process.
type ids struct{ uid, gid int }

func currentIDs() ids { return ids{os.Geteuid(), os.Getegid()} }

// keepOwner gives f the owner and group of old, when they differ from the
// process's and the process is allowed to set them; a user who may not
// chown still gets the file converted, owned by themself, as any editor
// would leave it.
func keepOwner(f *os.File, old fs.FileInfo, me ids) error {
	st, ok := old.Sys().(*syscall.Stat_t)
	if !ok || int(st.Uid) == me.uid && int(st.Gid) == me.gid {
		return nil
	}
	err := f.Chown(int(st.Uid), int(st.Gid))
	if errors.Is(err, fs.ErrPermission) {
		return nil
	}
	return err
}

// hardLinks returns the number of hard links to the file info describes.
func hardLinks(info fs.FileInfo) uint64 {
	if st, ok := info.Sys().(*syscall.Stat_t); ok {
		return uint64(st.Nlink)
	}
	return 1
}
