package migrate

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

// A Finding is one piece of another engine's syntax that a rule met: what
// it became, or why it was left as it is.
type Finding struct {
	// Line and Col give the position of its first byte, 1-based, the
	// column in bytes, in the text the rule was given: the body, for
	// Rule.Rewrite; the file as it was read, for Rule.Migrate.
	Line, Col int
	// Rule names the rule that met it: "jekyll-tags", "zenn-syntax" …
	Rule string
	// Syntax names what was met, the way its engine writes it: "{% youtube %}",
	// "@[speakerdeck]", ":::message", "[caption]". Findings about the same
	// kind of thing share it, so that a report can count them; an unknown
	// tag is named by its own name: "{% label %}".
	Syntax string
	// Converted reports that the syntax was replaced by To.
	Converted bool
	// To says what replaced it: the shortcode (see Shortcode), or
	// Markdown in short ("a fenced code block").
	To string
	// Reason says why it was left as it is, or, for a converted one, what
	// else the reader should know; "" when there is nothing to say.
	Reason string
}

// Shortcode returns the shortcode the syntax became, as To writes it
// ({{< youtube id="abc" >}}), so that its template can be installed; ""
// when it became Markdown or was left as it is.
func (f Finding) Shortcode() string {
	if f.Converted && strings.HasPrefix(f.To, "{{<") {
		return f.To
	}
	return ""
}

// String renders the finding on one line, as reports list them:
//
//	12:1: jekyll: {% youtube %} → {{< youtube id="abc" >}}
//	40:3: hexo: {% label %} left: unknown tag
func (f Finding) String() string {
	var s string
	switch {
	case f.Converted && f.Reason != "":
		s = fmt.Sprintf("%s → %s (%s)", f.Syntax, f.To, f.Reason)
	case f.Converted:
		s = fmt.Sprintf("%s → %s", f.Syntax, f.To)
	default:
		s = fmt.Sprintf("%s left: %s", f.Syntax, f.Reason)
	}
	return fmt.Sprintf("%d:%d: %s: %s", f.Line, f.Col, f.Rule, s)
}

// Left counts the findings left as they are by their syntax: what a site
// still needs a template or a hand for, as in {"{% label %}": 3}. It
// returns nil when every finding was converted.
func Left(findings []Finding) map[string]int {
	var left map[string]int
	for _, f := range findings {
		if f.Converted {
			continue
		}
		if left == nil {
			left = map[string]int{}
		}
		left[f.Syntax]++
	}
	return left
}

// sortFindings puts findings in the order of the file.
func sortFindings(fs []Finding) {
	slices.SortStableFunc(fs, func(a, b Finding) int {
		return cmp.Or(cmp.Compare(a.Line, b.Line), cmp.Compare(a.Col, b.Col))
	})
}
