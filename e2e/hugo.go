package e2e

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
)

// HugoVersion is the Hugo release the suite judges with, the one .ci/run
// installs. Other releases decode and render differently in small ways, so
// the suite refuses them rather than report differences that are Hugo's.
const HugoVersion = "v0.160.0"

// Environment variables the suite reads.
const (
	// EnvHugo names the hugo binary to run. Empty means "hugo" on PATH.
	EnvHugo = "HUGOFMT_E2E_HUGO"
	// EnvRequire, set to "1", makes a missing hugo binary, or one of
	// another version, fail the suite instead of skipping it. .ci/run sets
	// it so that CI can never pass without running the suite.
	EnvRequire = "HUGOFMT_E2E_REQUIRE"
)

// Hugo is a hugo binary at HugoVersion.
type Hugo struct {
	path string
}

// FindHugo returns the hugo binary named by HUGOFMT_E2E_HUGO, or else the
// one on PATH. It fails when there is none, or when it is not HugoVersion;
// the error says how to install the right one.
func FindHugo() (*Hugo, error) {
	name := os.Getenv(EnvHugo)
	if name == "" {
		name = "hugo"
	}
	path, err := exec.LookPath(name)
	if err != nil {
		return nil, fmt.Errorf("no hugo binary (%v); install the judge with: go install github.com/gohugoio/hugo@%s, or set %s", err, HugoVersion, EnvHugo)
	}
	out, err := exec.Command(path, "version").Output()
	if err != nil {
		return nil, fmt.Errorf("%s version: %v", path, err)
	}
	if v := hugoRelease(string(out)); v != HugoVersion {
		return nil, fmt.Errorf("%s is hugo %s; the suite is pinned to %s: go install github.com/gohugoio/hugo@%s, or set %s", path, v, HugoVersion, HugoVersion, EnvHugo)
	}
	return &Hugo{path: path}, nil
}

// hugoRelease returns the release in the output of "hugo version", such as
// "v0.160.0" for "hugo v0.160.0+extended linux/amd64 BuildDate=…", or the
// whole output when it has no such shape.
func hugoRelease(version string) string {
	fields := strings.Fields(version)
	if len(fields) < 2 || fields[0] != "hugo" {
		return strings.TrimSpace(version)
	}
	v, _, _ := strings.Cut(fields[1], "+")
	return v
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
// compared; it keeps its cache inside dir and ignores HUGO_* variables of
// the environment, so no state leaks in or out. It returns an error only
// when hugo could not run, or exited non-zero without logging an error.
func (h *Hugo) Build(ctx context.Context, dir string) (*Build, error) {
	cmd := exec.CommandContext(ctx, h.path, "build",
		"--source", dir,
		"--destination", filepath.Join(dir, "public"),
		"--cacheDir", filepath.Join(dir, "cache"),
		"--buildDrafts", "--buildFuture", "--buildExpired",
		"--noBuildLock",
	)
	cmd.Env = hermeticEnv(os.Environ())
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

// hermeticEnv returns env without the HUGO_* variables, which would
// otherwise change the configuration of every site the suite builds.
func hermeticEnv(env []string) []string {
	kept := make([]string, 0, len(env))
	for _, kv := range env {
		if !strings.HasPrefix(kv, "HUGO_") {
			kept = append(kept, kv)
		}
	}
	return kept
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
