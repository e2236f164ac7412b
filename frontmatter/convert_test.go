package frontmatter

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/hugofmt/hugofmt/internal/golden"
)

// convertCase converts the front matter of in to the format named by the
// case's "to" option. It also checks, with Hugo's own decoders, that the
// output means what the input meant: a case whose output Hugo reads
// differently fails however its want.md reads.
func convertCase(c *golden.Case, in []byte) (golden.Result, error) {
	d, err := Parse(in)
	if err != nil {
		return golden.Result{}, err
	}
	warns, err := d.SetFormat(Format(c.Option("to", "")))
	if err != nil {
		return golden.Result{}, err
	}
	out, err := d.Bytes()
	if err != nil {
		return golden.Result{}, err
	}
	if diff, err := meaningDiff(in, out); err != nil || diff != "" {
		return golden.Result{}, fmt.Errorf("Hugo reads the output otherwise (-in +out): %v\n%s", err, diff)
	}
	if string(d.Body()) != string(mustParseBytes(out).Body()) {
		return golden.Result{}, errors.New("the body changed")
	}
	var rep strings.Builder
	for _, w := range warns {
		fmt.Fprintln(&rep, w)
	}
	return golden.Result{Out: out, Report: rep.String()}, nil
}

func mustParseBytes(b []byte) *Document {
	d, err := Parse(b)
	if err != nil {
		return &Document{}
	}
	return d
}

func TestConvertGolden(t *testing.T) {
	golden.Run(t, "testdata/convert", convertCase)
}

// The judge itself must tell meanings apart, or the conversion checks
// could not fail.
func TestMeaningDiffJudges(t *testing.T) {
	tests := []struct {
		a, b string
		same bool
	}{
		{"---\nzip: 01234\n---\n", "+++\nzip = 668\n+++\n", true},
		{"---\nzip: 01234\n---\n", "+++\nzip = '01234'\n+++\n", false},
		{"---\ndate: 2024-03-05\n---\n", "+++\ndate = 2024-03-05\n+++\n", true},
		{"---\ndate: 2024-03-05T10:00:00+09:00\n---\n", "+++\ndate = 2024-03-05T01:00:00Z\n+++\n", false},
		{"---\ncountry: no\n---\n", "+++\ncountry = false\n+++\n", false},
		{"{\"id\": 1234567890123456789}", "---\nid: 1234567890123456789\n---\n", true},
		{"+++\nid = 1234567890123456789\n+++\n", "---\nid: 1234567890123456788\n---\n", false},
		{"---\ntags: [a, b]\n---\n", "---\ntags: [b, a]\n---\n", false},
		{"---\nempty:\n---\n", "---\n---\n", false},
	}
	for _, tt := range tests {
		diff, err := meaningDiff([]byte(tt.a), []byte(tt.b))
		if err != nil {
			t.Fatal(err)
		}
		if (diff == "") != tt.same {
			t.Errorf("meaningDiff(%q, %q) = %q, want same=%v", tt.a, tt.b, diff, tt.same)
		}
	}
}
