package e2e

import (
	"bytes"
	"cmp"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/hugofmt/hugofmt/convert"
	"github.com/hugofmt/hugofmt/frontmatter"
)

// TestCases proves the conversion on every case: the sample site, with the
// seed post in it; the site using the removed gist shortcode; and the
// corpus sources Hugo builds without their themes. Each case's report
// reads, in one line, what was compared. A failure the case does not list
// as known fails it, with the table; a known failure that no longer
// happens is logged, so that the list can shrink without breaking CI.
func TestCases(t *testing.T) {
	cases := []Case{sampleSite, gistSite}
	if haveCorpus() {
		cases = append(cases, corpusCases...)
	} else {
		t.Logf("shared corpus not found at %s (it sits beside the checkout, not in it): its cases are skipped", corpus)
	}
	for _, c := range cases {
		t.Run(c.Name, func(t *testing.T) {
			t.Parallel()
			checkCase(t, c, prove(t, c, Library(convert.Options{Rules: c.Rules})))
		})
	}
}

// checkCase fails t when r has a failure that c does not list as known,
// printing the table, and when the sample site's seed post does not show
// its 37 embeds on both sides. It logs the summary, the known failures and
// the known failures that no longer happen.
func checkCase(t *testing.T, c Case, r *Report) {
	t.Helper()
	t.Log(r.Summary())
	unknown, gone := r.Triage(c.Known)
	for reason, keys := range c.Known {
		n := len(slices.DeleteFunc(r.Failures(), func(d Difference) bool { return !slices.Contains(keys, d.Key()) }))
		t.Logf("%d known failures: %s", n, reason)
	}
	for _, k := range gone {
		t.Logf("known failure no longer happens (remove it from the case): %s", k)
	}
	if len(unknown) > 0 {
		t.Errorf("%d failures the case does not know\n%s", len(unknown), r)
	}
	if c.Name == sampleSite.Name && r.PageEmbeds[seedPost] != [2]int{37, 37} {
		t.Errorf("the seed post shows %d embeds before and %d after, want 37 and 37", r.PageEmbeds[seedPost][0], r.PageEmbeds[seedPost][1])
	}
}

// TestFormats proves the conversion with the front matter rewritten in
// each format (-to yaml, toml, json), on every case but the ones
// formatSkips names.
func TestFormats(t *testing.T) {
	cases := []Case{sampleSite, gistSite}
	if haveCorpus() {
		cases = append(cases, corpusCases...)
	}
	for _, c := range cases {
		for _, to := range []frontmatter.Format{frontmatter.YAML, frontmatter.TOML, frontmatter.JSON} {
			name := fmt.Sprintf("%s/%s", c.Name, to)
			if why := cmp.Or(formatSkips[c.Name], formatSkips[name]); why != "" {
				t.Logf("%s: skipped: %s", name, why)
				continue
			}
			t.Run(name, func(t *testing.T) {
				t.Parallel()
				checkCase(t, c, prove(t, c, Library(convert.Options{Rules: c.Rules, To: to})))
			})
		}
	}
}

// formatSkips are the runs TestFormats leaves out, as "CASE" or
// "CASE/FORMAT", with the reason.
var formatSkips = map[string]string{
	"hugodocs":              "its 993 files, three times over, would double the suite's time",
	"haskell-jp__blog/toml": "TOML has no null value: the conversion refuses, by design, the posts whose tags are empty",
}

// TestDroppedEmbedFails breaks the conversion on purpose: it drops the first
// shortcode of the seed post from the converted tree. The comparison must
// fail on exactly that embed, in a row that names the page and the embed.
func TestDroppedEmbedFails(t *testing.T) {
	var dropped string
	broken := func(dir string) (*Conversion, error) {
		conv, err := Library(convert.Options{})(dir)
		if err != nil {
			return nil, err
		}
		path := filepath.Join(dir, "content", filepath.FromSlash(seedPost))
		src, err := os.ReadFile(path)
		if err != nil {
			return nil, err
		}
		i := bytes.Index(src, []byte("{{<"))
		j := bytes.Index(src[max(i, 0):], []byte(">}}"))
		if i < 0 || j < 0 {
			return nil, fmt.Errorf("no shortcode in the converted %s", seedPost)
		}
		dropped = string(src[i : i+j+3])
		return conv, os.WriteFile(path, slices.Concat(src[:i], src[i+j+3:]), 0o644)
	}
	good := prove(t, sampleSite, Library(convert.Options{}))
	bad := prove(t, sampleSite, broken)

	extra := slices.DeleteFunc(bad.Failures(), func(d Difference) bool { return slices.Contains(good.Failures(), d) })
	if len(extra) != 1 {
		t.Fatalf("dropping %s made %d new failures, want 1:\n%s", dropped, len(extra), bad)
	}
	d := extra[0]
	words := strings.Fields(d.What) // embed PROVIDER ID [OPTIONS]
	if d.Page != seedPost || len(words) < 3 || words[0] != "embed" || !strings.Contains(dropped, words[2]) || d.After != "missing" {
		t.Fatalf("dropping %s made the failure %+v, want the embed missing on %s", dropped, d, seedPost)
	}
	row := strings.Join(slices.Concat([]string{seedPost}, words, []string{"shown", "missing", "FAIL"}), " ")
	if !hasRow(bad.String(), row) {
		t.Errorf("the report has no row %q:\n%s", row, bad)
	}
}
