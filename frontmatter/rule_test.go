package frontmatter

import (
	"bytes"
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/hugofmt/hugofmt/internal/diff"
	"github.com/hugofmt/hugofmt/internal/golden"
)

// TestRulesGolden runs the golden cases of testdata/rules. Options, in the
// archive comment:
//
//	rules: hugo,order        the rules, as RulesByName takes them (required)
//	tz: Asia/Tokyo           Config.Location
//	taxonomies: series       Config.Taxonomies, comma-separated
//	format: toml             Config.Format
//
// The report section lists the changes and warnings in the order of the
// file, one per line, as Change.String and Warning.String write them, with
// "warning: " before the message of a warning.
func TestRulesGolden(t *testing.T) {
	golden.Run(t, "testdata/rules", func(c *golden.Case, in []byte) (golden.Result, error) {
		spec, ok := c.Options["rules"]
		if !ok {
			return golden.Result{}, fmt.Errorf("%s: no rules option", c.Path)
		}
		rules, err := RulesByName(spec)
		if err != nil {
			return golden.Result{}, err
		}
		cfg, err := caseConfig(c)
		if err != nil {
			return golden.Result{}, err
		}
		return applyToBytes(in, cfg, rules)
	})
}

// caseConfig builds the Config a golden case's options ask for.
func caseConfig(c *golden.Case) (Config, error) {
	cfg := Config{Format: Format(c.Option("format", ""))}
	if tz := c.Option("tz", ""); tz != "" {
		loc, err := time.LoadLocation(tz)
		if err != nil {
			return cfg, err
		}
		cfg.Location = loc
	}
	for _, t := range strings.Split(c.Option("taxonomies", ""), ",") {
		if t = strings.TrimSpace(t); t != "" {
			cfg.Taxonomies = append(cfg.Taxonomies, t)
		}
	}
	return cfg, nil
}

// applyToBytes parses src, applies rules and renders the result, with the
// changes and warnings as a report.
func applyToBytes(src []byte, cfg Config, rules []Rule) (golden.Result, error) {
	out, changes, warnings, err := applyRules(src, cfg, rules)
	if err != nil {
		return golden.Result{}, err
	}
	return golden.Result{Out: out, Report: report(changes, warnings)}, nil
}

// applyRules parses src, applies rules and renders the result. It fails
// when the changes reported and the file disagree: every change a rule
// reports is one in the file, and the reverse.
func applyRules(src []byte, cfg Config, rules []Rule) ([]byte, []Change, []Warning, error) {
	d, err := Parse(src)
	if err != nil {
		return nil, nil, nil, err
	}
	changes, warnings, err := ApplyRules(d, cfg, rules...)
	if err != nil {
		return nil, nil, nil, err
	}
	out, err := d.Bytes()
	if err != nil {
		return nil, nil, nil, err
	}
	if changed := !bytes.Equal(out, src); changed != (len(changes) > 0) {
		return nil, nil, nil, fmt.Errorf("the file changed: %v, but the changes reported are:\n%s", changed, report(changes, warnings))
	}
	return out, changes, warnings, nil
}

// report formats changes and warnings one per line, in the order of the
// file; at the same place, changes first.
func report(changes []Change, warnings []Warning) string {
	type line struct {
		line, col int
		text      string
	}
	var lines []line
	for _, c := range changes {
		lines = append(lines, line{c.Line, c.Col, c.String()})
	}
	for _, w := range warnings {
		lines = append(lines, line{w.Line, w.Col, fmt.Sprintf("%d:%d: %s: warning: %s", w.Line, w.Col, w.Rule, w.Msg)})
	}
	sortByPosition(lines, func(l line) (int, int) { return l.line, l.col })
	var b strings.Builder
	for _, l := range lines {
		fmt.Fprintln(&b, l.text)
	}
	return b.String()
}

func TestRulesByName(t *testing.T) {
	tests := []struct {
		spec, want, err string
	}{
		{spec: "", want: ""},
		{spec: "hugo", want: "keys,aliases,taxonomies,dates,types"},
		{spec: "order, hugo", want: "keys,aliases,taxonomies,dates,types,order"},
		{spec: "dates,dates", want: "dates"},
		{spec: "hugo,-taxonomies", want: "keys,aliases,dates,types"},
		{spec: "all,-format", want: "keys,aliases,taxonomies,dates,types,order"},
		{spec: "all,-hugo", want: "order,format"},
		{spec: "format,keys", want: "keys,format"},
		{spec: "hugo,speling", err: `unknown rule "speling" (rules: keys, aliases, taxonomies, dates, types, order, format; presets: hugo, all)`},
		{spec: "-nope", err: `unknown rule "nope"`},
	}
	for _, tt := range tests {
		rules, err := RulesByName(tt.spec)
		if tt.err != "" {
			if err == nil || !strings.HasPrefix(err.Error(), tt.err) {
				t.Errorf("RulesByName(%q) error = %v, want %q", tt.spec, err, tt.err)
			}
			continue
		}
		if err != nil {
			t.Errorf("RulesByName(%q): %v", tt.spec, err)
			continue
		}
		names := make([]string, len(rules))
		for i, r := range rules {
			names[i] = r.Name()
		}
		if got := strings.Join(names, ","); got != tt.want {
			t.Errorf("RulesByName(%q) = %s, want %s", tt.spec, got, tt.want)
		}
	}
}

func TestRulesListed(t *testing.T) {
	seen := map[string]bool{}
	for _, r := range Rules() {
		if seen[r.Name()] {
			t.Errorf("rule %q listed twice", r.Name())
		}
		seen[r.Name()] = true
		if s := r.Summary(); s == "" || strings.Contains(s, "\n") {
			t.Errorf("rule %q: summary %q is not one line", r.Name(), s)
		}
	}
	for _, name := range []string{"keys", "aliases", "taxonomies", "dates", "types", "order", "format"} {
		if !seen[name] {
			t.Errorf("rule %q missing from Rules()", name)
		}
	}
}

// TestPresets checks that each preset names rules, in the order they
// apply, and that RulesByName reads the preset's name as its rules.
func TestPresets(t *testing.T) {
	for _, p := range Presets() {
		rules, err := RulesByName(p.Name)
		if err != nil {
			t.Fatal(err)
		}
		var names []string
		for _, r := range rules {
			names = append(names, r.Name())
		}
		if len(p.Rules) == 0 || !slices.Equal(names, p.Rules) {
			t.Errorf("preset %s: rules %q; RulesByName(%q) = %q", p.Name, p.Rules, p.Name, names)
		}
		if p.Summary == "" {
			t.Errorf("preset %s has no summary", p.Name)
		}
	}
}

func TestChangeString(t *testing.T) {
	c := Change{Rule: "dates", Line: 3, Col: 7, Msg: "date changed"}
	if got, want := c.String(), "3:7: dates: date changed"; got != want {
		t.Errorf("String() = %q, want %q", got, want)
	}
	w := Warning{Line: 3, Col: 7, Msg: "a closing delimiter with text after it"}
	if got, want := w.String(), "3:7: a closing delimiter with text after it"; got != want {
		t.Errorf("String() = %q, want %q", got, want)
	}
	w.Rule = "dates"
	if got, want := w.String(), "3:7: dates: a closing delimiter with text after it"; got != want {
		t.Errorf("String() = %q, want %q", got, want)
	}
}

// TestRulesBytes covers what txtar cannot hold: a BOM, CRLF line ends, no
// final newline. Only the bytes a rule owns may change.
func TestRulesBytes(t *testing.T) {
	tests := []struct {
		name, rules, in, want string
	}{
		{
			name:  "crlf and bom kept",
			rules: "hugo",
			in:    "\ufeff---\r\ntitle: x\r\ndate: November 12, 2017\r\ntags: a b\r\n---\r\nbody\r\n",
			want:  "\ufeff---\r\ntitle: x\r\ndate: 2017-11-12\r\ntags:\r\n  - a\r\n  - b\r\n---\r\nbody\r\n",
		},
		{
			name:  "no final newline",
			rules: "hugo",
			in:    "+++\nLastMod = \"2024-03-05 22:44:26 -0700\"\n+++\nbody",
			want:  "+++\nlastmod = 2024-03-05T22:44:26-07:00\n+++\nbody",
		},
		{
			name:  "untouched crlf file",
			rules: "all,-format",
			in:    "\ufeff---\r\ntitle: x\r\ndate: 2017-11-12\r\n---\r\nbody",
			want:  "\ufeff---\r\ntitle: x\r\ndate: 2017-11-12\r\n---\r\nbody",
		},
		{
			name:  "no front matter",
			rules: "all",
			in:    "\r\njust a body\r\n",
			want:  "\r\njust a body\r\n",
		},
	}
	for _, tt := range tests {
		rules, err := RulesByName(tt.rules)
		if err != nil {
			t.Fatal(err)
		}
		res, err := applyToBytes([]byte(tt.in), Config{Format: YAML}, rules)
		if err != nil {
			t.Errorf("%s: %v", tt.name, err)
			continue
		}
		if d := diff.Unified("want", "got", []byte(tt.want), res.Out); d != nil {
			t.Errorf("%s: (-want +got)\n%s\nwant %q\n got %q", tt.name, d, tt.want, res.Out)
		}
		again, err := applyToBytes(res.Out, Config{Format: YAML}, rules)
		if err != nil || !bytes.Equal(again.Out, res.Out) {
			t.Errorf("%s: not idempotent: %q, %v", tt.name, again.Out, err)
		}
	}
}

// TestRulesSeedPost checks that the hugo preset leaves the post the project
// started from byte for byte: its front matter is already what Hugo
// expects.
func TestRulesSeedPost(t *testing.T) {
	const path = "../testdata/site/content/posts/cndt2019.md"
	src, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	rules, _ := RulesByName(HugoPreset)
	res, err := applyToBytes(src, Config{}, rules)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(res.Out, src) || res.Report != "" {
		t.Errorf("%s: the hugo preset changed the seed post:\n%s%s", path, res.Report, diff.Unified(path, "after", src, res.Out))
	}
}
