// Package golden runs golden-file tests: each case is a txtar archive in a
// package's testdata directory, holding an input, the expected output and,
// where useful, the expected report or error.
//
// An archive looks like this:
//
//	Converts a Speaker Deck script on its own line.
//	rules: embeds
//	-- in.md --
//	<script async class="speakerdeck-embed" data-id="abc" ...></script>
//	-- want.md --
//	{{< speakerdeck id="abc" >}}
//	-- report --
//	converted speakerdeck 1:1
//
// Lines of the comment that read "key: value" are the case's options; the
// other lines describe it. Sections:
//
//	in.md      the input (required)
//	want.md    the expected output
//	report     the expected report, compared when the section is present
//	error      the expected error message, for cases that must fail
//
// Every case that succeeds is also run a second time on its expected output,
// which must come back unchanged: the harness checks idempotence itself, so
// no case can skip it.
//
// Run the tests with -update to rewrite the expected sections (want.md,
// report, error) from what the code produces now; the comment, the input and
// any other section are kept byte for byte. Review the change with git diff.
//
// txtar cannot hold every byte sequence faithfully (a section always ends
// in a newline), so byte-exact cases (BOM, CRLF, no final newline) belong in
// Go table tests.
package golden

import (
	"bufio"
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/rogpeppe/go-internal/txtar"

	"github.com/hugofmt/hugofmt/internal/diff"
)

var update = flag.Bool("update", false, "rewrite the expected sections of golden files from the current output")

// Section names.
const (
	inFile     = "in.md"
	wantFile   = "want.md"
	reportFile = "report"
	errorFile  = "error"
)

// A Case is one golden archive.
type Case struct {
	Name    string            // file name without the .txtar suffix
	Path    string            // path of the archive
	Options map[string]string // "key: value" lines of the comment
	In      []byte            // the in.md section

	archive *txtar.Archive
}

// Option returns the value of the named option, or def when the case does
// not set it.
func (c *Case) Option(key, def string) string {
	if v, ok := c.Options[key]; ok {
		return v
	}
	return def
}

// Result is what the code under test made of a case's input.
type Result struct {
	Out    []byte // the transformed document
	Report string // a readable report, compared with the report section
}

// Func transforms in, which is either the case's input or, for the
// idempotence check, its expected output. The options are those of c.
type Func func(c *Case, in []byte) (Result, error)

// Run runs fn on every *.txtar archive in dir, each in a subtest named
// after the archive. It fails the test when dir holds no archive, so that a
// misspelled directory cannot pass silently.
func Run(t *testing.T, dir string, fn Func) {
	t.Helper()
	paths, err := filepath.Glob(filepath.Join(dir, "*.txtar"))
	if err != nil {
		t.Fatal(err)
	}
	if len(paths) == 0 {
		t.Fatalf("no golden cases (*.txtar) in %s", dir)
	}
	sort.Strings(paths)
	for _, path := range paths {
		c, err := Load(path)
		if err != nil {
			t.Error(err)
			continue
		}
		t.Run(c.Name, func(t *testing.T) {
			if *update {
				if err := c.update(fn); err != nil {
					t.Fatal(err)
				}
				return
			}
			c.check(t, fn)
		})
	}
}

// Load reads the golden archive at path.
func Load(path string) (*Case, error) {
	a, err := txtar.ParseFile(path)
	if err != nil {
		return nil, err
	}
	c := &Case{
		Name:    strings.TrimSuffix(filepath.Base(path), ".txtar"),
		Path:    path,
		Options: parseOptions(a.Comment),
		archive: a,
	}
	in, ok := c.section(inFile)
	if !ok {
		return nil, fmt.Errorf("%s: no %q section", path, inFile)
	}
	c.In = in
	_, hasWant := c.section(wantFile)
	_, hasErr := c.section(errorFile)
	if !hasWant && !hasErr {
		return nil, fmt.Errorf("%s: neither %q nor %q section", path, wantFile, errorFile)
	}
	return c, nil
}

var optionLine = regexp.MustCompile(`^([A-Za-z][A-Za-z0-9_.-]*):[ \t]*(.*?)[ \t]*$`)

func parseOptions(comment []byte) map[string]string {
	opts := map[string]string{}
	sc := bufio.NewScanner(bytes.NewReader(comment))
	for sc.Scan() {
		if m := optionLine.FindStringSubmatch(sc.Text()); m != nil {
			opts[m[1]] = m[2]
		}
	}
	return opts
}

func (c *Case) section(name string) ([]byte, bool) {
	for _, f := range c.archive.Files {
		if f.Name == name {
			return f.Data, true
		}
	}
	return nil, false
}

// reporter is the part of testing.T the checks use, so that the harness
// can test its own failures.
type reporter interface {
	Helper()
	Errorf(format string, args ...any)
}

// check compares what fn makes of the case with its expectations.
func (c *Case) check(t reporter, fn Func) {
	t.Helper()
	res, err := fn(c, c.In)
	if wantErr, ok := c.section(errorFile); ok {
		want := strings.TrimSpace(string(wantErr))
		switch {
		case err == nil:
			t.Errorf("%s: succeeded, want error %q", c.Path, want)
		case err.Error() != want:
			t.Errorf("%s: error\n\t%s\nwant\n\t%s", c.Path, err, want)
		}
		return
	}
	if err != nil {
		t.Errorf("%s: unexpected error: %v", c.Path, err)
		return
	}
	want, _ := c.section(wantFile)
	if d := diff.Unified("want.md", "got", want, res.Out); d != nil {
		t.Errorf("%s: output differs from want.md (-want +got):\n%s", c.Path, d)
	}
	if wantRep, ok := c.section(reportFile); ok {
		if d := diff.Unified("report", "got", wantRep, []byte(normReport(res.Report))); d != nil {
			t.Errorf("%s: report differs (-want +got):\n%s", c.Path, d)
		}
	}
	// Idempotence: the transform must leave its own expected output alone.
	again, err := fn(c, want)
	if err != nil {
		t.Errorf("%s: not idempotent: transforming want.md fails: %v", c.Path, err)
		return
	}
	if d := diff.Unified("want.md", "transformed again", want, again.Out); d != nil {
		t.Errorf("%s: not idempotent: transforming want.md changes it (-want.md +again):\n%s", c.Path, d)
	}
}

// normReport ends a non-empty report with exactly one newline, as txtar
// stores sections.
func normReport(s string) string {
	s = strings.TrimRight(s, "\n")
	if s == "" {
		return ""
	}
	return s + "\n"
}

// update rewrites the expected sections of the archive from what fn makes
// of the input now. A report section is written only where the case has
// one, and an error section replaces want.md (and the reverse).
func (c *Case) update(fn Func) error {
	res, err := fn(c, c.In)
	var files []txtar.File
	_, hasReport := c.section(reportFile)
	for _, f := range c.archive.Files {
		switch f.Name {
		case wantFile, errorFile, reportFile:
			continue
		}
		files = append(files, f)
	}
	if err != nil {
		files = append(files, txtar.File{Name: errorFile, Data: []byte(err.Error() + "\n")})
	} else {
		files = append(files, txtar.File{Name: wantFile, Data: res.Out})
		if hasReport {
			files = append(files, txtar.File{Name: reportFile, Data: []byte(normReport(res.Report))})
		}
	}
	c.archive.Files = files
	return os.WriteFile(c.Path, txtar.Format(c.archive), 0o644)
}
