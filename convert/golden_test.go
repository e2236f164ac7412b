package convert_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/hugofmt/hugofmt/convert"
	"github.com/hugofmt/hugofmt/frontmatter"
	"github.com/hugofmt/hugofmt/internal/golden"
)

// TestGolden runs the pipeline cases in testdata: the options "rules" and
// "to" of each case are those of convert.Options.
func TestGolden(t *testing.T) {
	golden.Run(t, "testdata", func(c *golden.Case, in []byte) (golden.Result, error) {
		tr, err := convert.New(convert.Options{
			Rules: c.Option("rules", ""),
			To:    frontmatter.Format(c.Option("to", "")),
		})
		if err != nil {
			return golden.Result{}, err
		}
		out, rep, err := convert.Bytes(tr, in)
		if err != nil {
			return golden.Result{}, err
		}
		return golden.Result{Out: out, Report: reportText(rep)}, nil
	})
}

// reportText renders a report one line per item, as the golden cases
// hold it.
func reportText(rep *convert.Report) string {
	var b strings.Builder
	for _, c := range rep.Changes {
		fmt.Fprintf(&b, "%d:%d %s: %s\n", c.Line, c.Col, c.Rule, c.Msg)
	}
	for _, e := range rep.Embeds {
		if e.Converted {
			fmt.Fprintf(&b, "%d:%d embed %s: %s\n", e.Line, e.Col, e.Provider, e.Shortcode)
		} else {
			fmt.Fprintf(&b, "%d:%d embed left: %s\n", e.Line, e.Col, e.LeftReason())
		}
		if e.Converted && e.Reason != "" {
			fmt.Fprintf(&b, "%d:%d embed note: %s\n", e.Line, e.Col, e.Reason)
		}
	}
	for _, w := range rep.Warnings {
		fmt.Fprintf(&b, "%d:%d warning %s: %s\n", w.Line, w.Col, w.Source, w.Msg)
	}
	return b.String()
}
