// Package hugotest runs Hugo for tests: it finds the hugo binary the
// project is judged by, and builds throwaway sites with it.
//
// The judge is a Hugo v0.160 release, the one hugofmt reads content as: the
// binary HUGOFMT_HUGO names when it is set, else the first of hugo on the
// PATH and $GOPATH/bin/hugo that is such a release. Without one, the tests
// that need it skip and say how to install it:
//
//	go install github.com/gohugoio/hugo@v0.160.0
//
// Builds are hermetic: the HUGO_* variables of the environment are ignored,
// the cache is kept inside the site, and the network is out of reach, so a
// shortcode that fetches (x) renders what it renders offline.
package hugotest

import (
	"context"
	"errors"
	"fmt"
	"go/build"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
)

// Version is the Hugo release to install; any v0.160.x is accepted.
const Version = "v0.160.0"

// Env names the environment variable that names the hugo binary to use.
const Env = "HUGOFMT_HUGO"

// release is the release line Version belongs to: "v0.160.".
var release = Version[:strings.LastIndex(Version, ".")+1]

// Lookup returns the path of the judge: the binary HUGOFMT_HUGO names,
// else the first hugo on the PATH or in $GOPATH/bin at a v0.160 release.
// It fails when there is none, saying what it found and how to install
// the right one. The answer is looked up once per process.
func Lookup() (string, error) { return lookup() }

var lookup = sync.OnceValues(func() (string, error) {
	hint := fmt.Sprintf("install Hugo %sx with go install github.com/gohugoio/hugo@%s, or name one with %s", release, Version, Env)
	if name := os.Getenv(Env); name != "" {
		p, err := judge(name)
		if err != nil {
			return "", fmt.Errorf("%v: %s", err, hint)
		}
		return p, nil
	}
	var candidates []string
	if p, err := exec.LookPath("hugo"); err == nil {
		candidates = append(candidates, p)
	}
	candidates = append(candidates, filepath.Join(build.Default.GOPATH, "bin", "hugo"))
	var found []string
	for _, c := range candidates {
		if _, err := os.Stat(c); err != nil {
			continue
		}
		p, err := judge(c)
		if err == nil {
			return p, nil
		}
		found = append(found, err.Error())
	}
	what := "no hugo on the PATH or in $GOPATH/bin"
	if len(found) > 0 {
		what = strings.Join(found, "; ")
	}
	return "", fmt.Errorf("%s: %s", what, hint)
})

// judge returns the path of the hugo binary name when it is at a v0.160
// release.
func judge(name string) (string, error) {
	path, err := exec.LookPath(name)
	if err != nil {
		return "", fmt.Errorf("%s=%s: %v", Env, name, err)
	}
	out, err := exec.Command(path, "version").Output()
	if err != nil {
		return "", fmt.Errorf("%s version: %v", path, err)
	}
	if v := Release(string(out)); !strings.HasPrefix(v, release) {
		return "", fmt.Errorf("%s is not hugo %sx (it says %q)", path, release, v)
	}
	return path, nil
}

// Release returns the release in the output of "hugo version", such as
// "v0.160.0" for "hugo v0.160.0+extended linux/amd64 BuildDate=…", or the
// whole output, trimmed, when it has no such shape.
func Release(version string) string {
	fields := strings.Fields(version)
	if len(fields) < 2 || fields[0] != "hugo" {
		return strings.TrimSpace(version)
	}
	v, _, _ := strings.Cut(fields[1], "+")
	return v
}

// Find returns the path of the judge (see Lookup), or skips tb saying why
// there is none and how to install it.
func Find(tb testing.TB) string {
	tb.Helper()
	path, err := Lookup()
	if err != nil {
		tb.Skipf("skipped: this test builds sites with Hugo: %v", err)
	}
	return path
}

// Command returns the command that runs hugo (a path from Lookup) with
// args on the site in dir, hermetically: "hugo build --source dir
// --cacheDir dir/cache --noBuildLock args…", with the HUGO_* variables of
// the environment removed and every HTTP request sent to a closed port.
func Command(ctx context.Context, hugo, dir string, args ...string) *exec.Cmd {
	base := []string{"build", "--source", dir, "--cacheDir", filepath.Join(dir, "cache"), "--noBuildLock"}
	cmd := exec.CommandContext(ctx, hugo, append(base, args...)...)
	var env []string
	for _, kv := range os.Environ() {
		name, _, _ := strings.Cut(kv, "=")
		switch strings.ToUpper(name) {
		case "HTTP_PROXY", "HTTPS_PROXY", "NO_PROXY":
			continue
		}
		if !strings.HasPrefix(name, "HUGO_") {
			env = append(env, kv)
		}
	}
	cmd.Env = append(env, "HTTPS_PROXY=http://127.0.0.1:1", "HTTP_PROXY=http://127.0.0.1:1", "NO_PROXY=")
	return cmd
}

// A Site is a throwaway Hugo site in a temporary directory of a test.
type Site struct {
	// Dir is the site's root; Build renders it into Dir/public.
	Dir string

	tb   testing.TB
	hugo string
}

// NewSite finds the judge, skipping tb when there is none, and writes the
// files of a new site into a temporary directory: files maps
// slash-separated paths ("content/posts/p.md") to their content.
func NewSite(tb testing.TB, files map[string]string) *Site {
	tb.Helper()
	s := &Site{Dir: tb.TempDir(), tb: tb, hugo: Find(tb)}
	for name, content := range files {
		s.WriteFile(name, content)
	}
	return s
}

// WriteFile writes a file of the site, creating its directory; it fails
// the test when it cannot.
func (s *Site) WriteFile(name, content string) {
	s.tb.Helper()
	path := filepath.Join(s.Dir, filepath.FromSlash(name))
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		s.tb.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		s.tb.Fatal(err)
	}
}

// Build renders the site with hugo and args (see Command) and returns what
// hugo printed. The error is hugo's exit status when it failed; a hugo that
// could not be run at all fails the test.
func (s *Site) Build(args ...string) (log string, err error) {
	s.tb.Helper()
	out, err := Command(context.Background(), s.hugo, s.Dir, args...).CombinedOutput()
	var exit *exec.ExitError
	if err != nil && !errors.As(err, &exit) {
		s.tb.Fatalf("running hugo: %v\n%s", err, out)
	}
	return string(out), err
}

// ReadFile returns the content of a file of the site, such as
// "public/posts/p/index.html"; it fails the test when there is none.
func (s *Site) ReadFile(name string) string {
	s.tb.Helper()
	b, err := os.ReadFile(filepath.Join(s.Dir, filepath.FromSlash(name)))
	if err != nil {
		s.tb.Fatal(err)
	}
	return string(b)
}
