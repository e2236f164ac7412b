package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/hugofmt/hugofmt/convert"
)

// runConvert runs the command in-process and returns its status, stdout
// and stderr.
func runConvert(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var stdout, stderr bytes.Buffer
	code := run(context.Background(), args, strings.NewReader(""), &stdout, &stderr)
	return code, stdout.String(), stderr.String()
}

// fileDiff returns the part of a -d output about the file name.
func fileDiff(out, name string) string {
	start := strings.Index(out, "diff -u "+name+".orig "+name+"\n")
	if start < 0 {
		return ""
	}
	rest := out[start+1:]
	if end := strings.Index(rest, "\ndiff -u "); end >= 0 {
		rest = rest[:end+1]
	}
	return rest
}

// TestReadmeDiff runs the README's first command, from the root of the
// repository: for the seed post, exactly its 37 embed lines change, each
// into a shortcode, and nothing else.
func TestReadmeDiff(t *testing.T) {
	t.Chdir("../..")
	code, out, stderr := runConvert(t, "-d", "testdata/site")
	if code != exitChanges {
		t.Fatalf("exit status %d, want %d; stderr:\n%s", code, exitChanges, stderr)
	}
	d := fileDiff(out, "testdata/site/content/posts/cndt2019.md")
	if d == "" {
		t.Fatalf("no diff for the seed post in:\n%s", out)
	}
	var removed, added int
	for _, line := range strings.Split(d, "\n") {
		switch {
		case strings.HasPrefix(line, "---"), strings.HasPrefix(line, "+++"):
		case strings.HasPrefix(line, "-"):
			removed++
			if !strings.Contains(line, `class="speakerdeck-embed"`) && !strings.Contains(line, "slideshare.net/slideshow/embed_code") {
				t.Errorf("a line that is not an embed changes: %s", line)
			}
		case strings.HasPrefix(line, "+"):
			added++
			if !strings.HasPrefix(line, "+{{< speakerdeck ") && !strings.HasPrefix(line, "+{{< slideshare ") {
				t.Errorf("a changed line is not a shortcode: %s", line)
			}
		}
	}
	if removed != 37 || added != 37 {
		t.Errorf("%d lines removed and %d added in the seed post, want 37 and 37:\n%s", removed, added, d)
	}
}

// TestJSON checks the -json report of the sample site: valid JSON, a
// record per file in order, and a summary that adds up.
func TestJSON(t *testing.T) {
	site := filepath.Join(t.TempDir(), "site")
	if err := os.CopyFS(site, os.DirFS("../../testdata/site")); err != nil {
		t.Fatal(err)
	}
	code, out, stderr := runConvert(t, "-json", site)
	if code != exitOK {
		t.Fatalf("exit status %d; stderr:\n%s", code, stderr)
	}
	var rep struct {
		Files []struct {
			Path  string `json:"path"`
			Error string `json:"error"`
			convert.Report
		} `json:"files"`
		Sites   []siteRun       `json:"sites"`
		Summary convert.Summary `json:"summary"`
	}
	dec := json.NewDecoder(strings.NewReader(out))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&rep); err != nil {
		t.Fatalf("-json output is not the report: %v\n%s", err, out)
	}
	var paths []string
	var sum convert.Summary
	for _, f := range rep.Files {
		paths = append(paths, strings.TrimPrefix(f.Path, site+string(filepath.Separator)))
		sum.Add(convert.Result{Report: &f.Report})
		if f.Path == filepath.Join(site, "content/posts/cndt2019.md") {
			providers := map[string]int{}
			for _, e := range f.Embeds {
				if !e.Converted || e.Line == 0 || e.Col == 0 || e.Shortcode == "" {
					t.Errorf("seed post: embed %+v", e)
				}
				providers[e.Provider]++
			}
			if providers["speakerdeck"] != 31 || providers["slideshare"] != 6 || len(f.Embeds) != 37 {
				t.Errorf("seed post: embeds by provider %v, want speakerdeck 31 and slideshare 6", providers)
			}
		}
	}
	want := "content/_index.md content/posts/cndt2019.md content/posts/from-jekyll.md content/posts/hugo-meetup.md content/posts/photo-walk.md"
	if got := filepath.ToSlash(strings.Join(paths, " ")); got != want {
		t.Errorf("files %s, want %s", got, want)
	}
	if got, _ := json.Marshal(sum); !bytes.Equal(got, mustJSON(t, rep.Summary)) {
		t.Errorf("summary %s does not add up the files: %s", mustJSON(t, rep.Summary), got)
	}
	if len(rep.Sites) != 1 || rep.Sites[0].Dir != site || !slices.Equal(rep.Sites[0].Config, []string{"hugo.toml"}) ||
		!slices.Equal(rep.Sites[0].ContentDirs, []string{"content"}) || !slices.Equal(rep.Sites[0].Taxonomies, []string{"categories", "tags"}) {
		t.Errorf("sites %s, want the sample site's configuration", mustJSON(t, rep.Sites))
	}
	if rep.Summary.Changed == 0 || rep.Summary.Converted["speakerdeck"] < 31 {
		t.Errorf("summary %+v: too little converted", rep.Summary)
	}
}

func mustJSON(t *testing.T, v any) []byte {
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// TestReadmeSession runs the commands of the README's example session
// that read only the sample site, from the root of the repository: what
// they print, standard output then standard error, must be what the
// README shows.
func TestReadmeSession(t *testing.T) {
	t.Chdir("../..")
	readme, err := os.ReadFile("README.md")
	if err != nil {
		t.Fatal(err)
	}
	for _, cmd := range []string{
		"convert -l testdata/site",
		"convert -d testdata/site/content/posts/hugo-meetup.md",
	} {
		_, shown, ok := strings.Cut(string(readme), "\n$ "+cmd+"\n")
		if !ok {
			t.Errorf("README: no session line $ %s", cmd)
			continue
		}
		shown, _, _ = strings.Cut(shown, "\n$ ")
		shown += "\n"
		_, stdout, stderr := runConvert(t, strings.Fields(cmd)[1:]...)
		if got := stdout + stderr; got != shown {
			t.Errorf("$ %s\nprints:\n%s\nREADME shows:\n%s", cmd, got, shown)
		}
	}
}
