//go:build unix

package main

import (
	"os"
	"strings"
	"syscall"
	"testing"
)

func TestWriteFileRefusesHardLinks(t *testing.T) {
	name, info := setup(t, "old\n", 0o644)
	if err := os.Link(name, name+".bak"); err != nil {
		t.Skipf("no hard links: %v", err)
	}
	info, _ = os.Stat(name) // the link count is part of the file's state
	err := writeFile(name, []byte("new\n"), info)
	if err == nil || !strings.Contains(err.Error(), "2 hard links") {
		t.Errorf("error %v, want a refusal", err)
	}
	if got := readString(t, name+".bak"); got != "old\n" {
		t.Errorf("other link holds %q", got)
	}
}

func TestWriteFileKeepsOwner(t *testing.T) {
	if os.Geteuid() != 0 {
		t.Skip("only root can give a file to another user")
	}
	name, _ := setup(t, "old\n", 0o644)
	if err := os.Chown(name, 65534, 65534); err != nil {
		t.Skipf("chown: %v", err)
	}
	info, _ := os.Stat(name)
	if err := writeFile(name, []byte("new\n"), info); err != nil {
		t.Fatal(err)
	}
	after, _ := os.Stat(name)
	st := after.Sys().(*syscall.Stat_t)
	if st.Uid != 65534 || st.Gid != 65534 {
		t.Errorf("owner %d:%d, want 65534:65534", st.Uid, st.Gid)
	}
}
