package migrate

import (
	"fmt"
	"maps"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/hugofmt/hugofmt/frontmatter"
	"github.com/hugofmt/hugofmt/internal/golden"
)

// TestGolden runs the cases of testdata/*.txtar: each names its rules in
// a "rules:" option (RulesByName), which are applied in order to in.md with
// Rule.Migrate; the report lists the findings, then what was left, counted
// by syntax.
func TestGolden(t *testing.T) {
	golden.Run(t, "testdata", migrateCase)
}

func migrateCase(c *golden.Case, in []byte) (golden.Result, error) {
	rules, err := RulesByName(c.Option("rules", ""))
	if err != nil {
		return golden.Result{}, err
	}
	if len(rules) == 0 {
		return golden.Result{}, fmt.Errorf("%s: no rules: option", c.Name)
	}
	doc, err := frontmatter.Parse(in)
	if err != nil {
		return golden.Result{}, err
	}
	var report strings.Builder
	var all []Finding
	for _, r := range rules {
		findings, err := r.Migrate(doc)
		if err != nil {
			return golden.Result{}, err
		}
		for _, f := range findings {
			report.WriteString(f.String() + "\n")
		}
		all = append(all, findings...)
	}
	left := Left(all)
	for _, syntax := range slices.Sorted(maps.Keys(left)) {
		fmt.Fprintf(&report, "left: %s ×%d\n", syntax, left[syntax])
	}
	out, err := doc.Bytes()
	if err != nil {
		return golden.Result{}, err
	}
	return golden.Result{Out: out, Report: report.String()}, nil
}

// TestGoldenPositions checks, on every golden case, that each finding
// points at what it names: the tag, the block, the link, in the file as
// the rule read it.
func TestGoldenPositions(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join("testdata", "*.txtar"))
	for _, file := range files {
		c, err := golden.Load(file)
		if err != nil {
			t.Fatal(err)
		}
		rules, _ := RulesByName(c.Option("rules", ""))
		doc, err := frontmatter.Parse(c.In)
		if err != nil {
			t.Fatal(err)
		}
		for _, r := range rules {
			src, _ := doc.Bytes()
			lines := strings.SplitAfter(string(src), "\n")
			findings, _ := r.Migrate(doc)
			for _, f := range findings {
				at := lines[f.Line-1][f.Col-1:]
				if leads := leadsOf(f.Syntax); !slices.ContainsFunc(leads, func(l string) bool { return strings.HasPrefix(at, l) }) {
					t.Errorf("%s: %v points at %.20q, not %q", c.Name, f, at, leads)
				}
			}
		}
	}
}

// leadsOf returns the ways the syntax a finding names may start in the
// text.
func leadsOf(syntax string) []string {
	switch {
	case strings.HasPrefix(syntax, "a bare "):
		return []string{"http", "<http"}
	case strings.HasPrefix(syntax, "!["):
		return []string{"![", "[!["} // an image, or the link around it
	case strings.HasPrefix(syntax, "```"):
		return []string{"```", "~~~"}
	case strings.HasPrefix(syntax, "["):
		return []string{"[", `\[`} // a shortcode, escaped or not
	}
	return []string{syntax[:1]}
}
