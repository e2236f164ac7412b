package embed

import (
	"strings"
	"testing"

	"github.com/hugofmt/hugofmt/frontmatter"
	"github.com/hugofmt/hugofmt/internal/golden"
)

// TestGolden runs the cases of testdata/*.txtar: each splits in.md with
// frontmatter.Parse, rewrites its body with Default() (followed by the
// opt-in Iframes() under the option "iframes: on"), and compares the file
// and the findings (their lines counted in the file).
func TestGolden(t *testing.T) {
	golden.Run(t, "testdata", rewriteCase)
}

func rewriteCase(c *golden.Case, in []byte) (golden.Result, error) {
	doc, err := frontmatter.Parse(in)
	if err != nil {
		return golden.Result{}, err
	}
	reg := Default()
	if c.Option("iframes", "off") == "on" {
		if reg, err = reg.With(Iframes()); err != nil {
			return golden.Result{}, err
		}
	}
	out, findings, err := reg.Rewrite(doc.Body())
	if err != nil {
		return golden.Result{}, err
	}
	if err := shortcodesAsText(doc.Body(), out); err != nil {
		return golden.Result{}, err
	}
	var report strings.Builder
	for _, f := range findings { // placed in the file
		f.Line, f.Col = doc.BodyPosition(f.Line, f.Col)
		report.WriteString(f.String())
		report.WriteByte('\n')
	}
	doc.SetBody(out)
	file, err := doc.Bytes()
	if err != nil {
		return golden.Result{}, err
	}
	return golden.Result{Out: file, Report: report.String()}, nil
}
