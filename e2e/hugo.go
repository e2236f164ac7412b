package e2e

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os/exec"
	"path/filepath"
	"strings"

	"github.com/hugofmt/hugofmt/internal/hugotest"
)

// HugoVersion is the Hugo release the suite judges with, the one .ci/run
// installs; any patch release of its line is accepted (see
// internal/hugotest). Other releases decode and render differently in small
// ways, so the suite refuses them rather than report differences that are
// Hugo's.
const HugoVersion = hugotest.Version

// Environment variables the suite reads.
const (
	// EnvHugo names the hugo binary to run, as for every test of the
	// project. Empty means the first v0.160 hugo on PATH or in GOPATH/bin.
	EnvHugo = hugotest.Env
	// EnvRequire, set to "1", makes a missing hugo binary, or one of
	// another version, fail the suite instead of skipping it. .ci/run sets
	// it so that CI can never pass without running the suite.
	EnvRequire = "HUGOFMT_E2E_REQUIRE"
)

// Hugo is a hugo binary at HugoVersion.
type Hugo struct {
	path string
}

// FindHugo returns the hugo binary named by HUGOFMT_HUGO, or else the first
// one at HugoVersion's release on PATH or in GOPATH/bin. It fails when there
// is none; the error says how to install the right one.
func FindHugo() (*Hugo, error) {
	path, err := hugotest.Lookup()
	if err != nil {
		return nil, err
	}
	return &Hugo{path: path}, nil
}

// A Build is the outcome of one hugo run that got as far as rendering.
type Build struct {
	// Errors are the errors Hugo logged, in order, with the project
	// directory trimmed from the paths they name. Hugo goes on rendering
	// the pages it can after logging an error, then exits non-zero.
	Errors []string
	// Log is everything hugo printed.
	Log string
}

// Build renders the project in dir into dir/public. Like every run of the
// suite it builds drafts, future and expired pages, so that every page is
// compared; it keeps its cache inside dir, ignores HUGO_* variables of the
// environment and reaches no network (see hugotest.Command), so no state
// leaks in or out. It returns an error only
// when hugo could not run, or exited non-zero without logging an error.
func (h *Hugo) Build(ctx context.Context, dir string) (*Build, error) {
	cmd := hugotest.Command(ctx, h.path, dir,
		"--destination", filepath.Join(dir, "public"),
		"--buildDrafts", "--buildFuture", "--buildExpired",
	)
	var log bytes.Buffer
	cmd.Stdout = &log
	cmd.Stderr = &log
	runErr := cmd.Run()
	b := &Build{Log: log.String(), Errors: loggedErrors(log.String(), dir)}
	var exit *exec.ExitError
	switch {
	case runErr == nil:
		return b, nil
	case errors.As(runErr, &exit) && len(b.Errors) > 0:
		return b, nil
	default:
		return nil, fmt.Errorf("hugo build in %s: %v\n%s", dir, runErr, b.Log)
	}
}

// loggedErrors returns the errors in a hugo log, without the closing
// summary ("error building site: logged 3 error(s)") and with dir trimmed
// from the paths they name.
func loggedErrors(log, dir string) []string {
	var errs []string
	for line := range strings.Lines(log) {
		msg, ok := strings.CutPrefix(strings.TrimRight(line, "\r\n"), "ERROR ")
		if !ok || strings.HasPrefix(msg, "error building site: logged ") {
			continue
		}
		errs = append(errs, strings.ReplaceAll(msg, dir+string(filepath.Separator), ""))
	}
	return errs
}
