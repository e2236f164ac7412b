package migrate

import (
	"fmt"
	"maps"
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
