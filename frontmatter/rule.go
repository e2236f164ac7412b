package frontmatter

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
	"time"
	"unicode/utf8"
)

// A Rule normalizes one aspect of a document's front matter: the spelling
// of keys, a date, a quoted boolean. Each rule changes only the keys it
// owns, through the lossless model, so that everything else in the file
// stays byte for byte; each is idempotent, so that applying it to its own
// output changes nothing; and each reports every change it makes, and every
// problem it sees and leaves alone, with its position.
//
// Rules() lists the rules; RulesByName chooses some by name, and Presets
// names the sets of rules that go together. Rules hold no state: one Rule
// may be applied to many documents at once.
type Rule interface {
	// Name is the rule's name, as RulesByName and the batch tool's -r
	// flag take it: "keys", "aliases", "taxonomies", "dates", "types",
	// "order" or "format".
	Name() string
	// Summary says in one line what the rule does, for -help.
	Summary() string
	// Apply normalizes d's front matter with cfg. It returns the changes
	// it made, and a warning for each problem it saw and left alone,
	// each list in the order of the file. A file with no front matter,
	// or with Org front matter (which is read-only), is left alone. The
	// error is an *Error with its position when the front matter cannot
	// be read, in which case nothing has changed; the format rule also
	// fails when Config.Format is not a format it can write, or the front
	// matter cannot be written in it.
	Apply(d *Document, cfg Config) ([]Change, []Warning, error)
}

// Config holds what rules need to know of the site. The zero Config suits
// a site with Hugo's defaults.
type Config struct {
	// Location is the time zone for dates written with a time but no
	// zone: when set, the dates rule writes them with this zone's offset.
	// When nil they stay zone-less, and Hugo reads them in the site's
	// timeZone.
	Location *time.Location
	// Taxonomies are the site's taxonomies beyond tags and categories,
	// by their plural names ("series"), as in the site's configuration.
	Taxonomies []string
	// Format is the target of the format rule.
	Format Format
}

// A Change is an edit a rule made to a document's front matter.
type Change struct {
	Rule string // the rule's name
	// Line and Col give the position, 1-based, the column in bytes, of
	// the key or value concerned in the file as Parse read it.
	Line, Col int
	Msg       string // what changed and why
}

// String formats c as "line:col: rule: message".
func (c Change) String() string {
	return fmt.Sprintf("%d:%d: %s: %s", c.Line, c.Col, c.Rule, c.Msg)
}

// HugoPreset is the name of the preset that makes imported front matter
// what Hugo expects; Presets lists its rules.
const HugoPreset = "hugo"

// A Preset is a name standing for a set of rules that go together.
type Preset struct {
	Name    string   // as RulesByName takes it: "hugo"
	Summary string   // what the rules are for, in one line, for -help
	Rules   []string // the rules' names, in the order they apply
}

// Presets returns the presets RulesByName takes besides "all" (every
// rule): "hugo", the rules that make imported front matter what Hugo
// expects.
func Presets() []Preset {
	p := Preset{Name: HugoPreset, Summary: "the front matter rules Hugo needs"}
	for _, r := range builtinRules() {
		if r.preset {
			p.Rules = append(p.Rules, r.name)
		}
	}
	return []Preset{p}
}

// Rules returns every rule, in the order they apply: keys first, so that the
// other rules find Hugo's spelling; format last, so that it renders the
// result.
func Rules() []Rule {
	var out []Rule
	for _, r := range builtinRules() {
		out = append(out, r)
	}
	return out
}

// builtinRules returns the rules, new values each time: nothing is shared
// between callers.
func builtinRules() []*rule {
	return []*rule{
		{"keys", "spell Hugo's front matter keys as Hugo documents them (lastMod → lastmod); report keys that differ only in case", true, applyKeys},
		{"aliases", "rename keys from Jekyll, Hexo and WordPress to Hugo's (permalink → url, published: false → draft: true, updated → lastmod)", true, applyAliases},
		{"taxonomies", "make tags, categories and other taxonomies lists (\"go hugo\" → [go, hugo]), trimmed, without duplicates", true, applyTaxonomies},
		{"dates", "write the dates Hugo reads in a form it parses, keeping the instant (November 12, 2017 → 2017-11-12)", true, applyDates},
		{"types", "unquote the booleans and numbers Hugo reads as such (draft: \"false\" → false, weight: \"3\" → 3)", true, applyTypes},
		{"order", "put the well-known keys first, in a fixed order (title, date, draft, …); the rest after, as they were", false, applyOrder},
		{"format", "rewrite the front matter in the format Config.Format names (YAML, TOML or JSON)", false, applyFormat},
	}
}

// RulesByName returns the rules spec names, in the order they apply (that of
// Rules), each once. Spec is a comma-separated list of rule names and
// presets: a preset of Presets stands for its rules, "all" for every rule. A name with a leading "-" removes that rule (or
// preset) from those named before it: "hugo,-taxonomies,order". Spaces
// around names are ignored; an empty spec names no rule. An unknown name is
// an error that lists the known ones.
func RulesByName(spec string) ([]Rule, error) {
	all := builtinRules()
	chosen := make([]bool, len(all))
	for _, name := range strings.Split(spec, ",") {
		name = strings.TrimSpace(name)
		if name == "" {
			continue
		}
		on := true
		if rest, ok := strings.CutPrefix(name, "-"); ok {
			name, on = strings.TrimSpace(rest), false
		}
		found := false
		for i, r := range all {
			if r.name == name || name == "all" || name == HugoPreset && r.preset {
				chosen[i], found = on, true
			}
		}
		if !found {
			return nil, fmt.Errorf("unknown rule %q (rules: %s; presets: %s, all)", name, ruleNames(), HugoPreset)
		}
	}
	var out []Rule
	for i, r := range all {
		if chosen[i] {
			out = append(out, r)
		}
	}
	return out, nil
}

func ruleNames() string {
	var names []string
	for _, r := range builtinRules() {
		names = append(names, r.name)
	}
	return strings.Join(names, ", ")
}

// ApplyRules applies rules to d in the order given, with cfg, and returns
// all their changes, and all their warnings, each list in the order of the
// file. It stops at the first error, which it returns with what the rules
// did and saw until then.
func ApplyRules(d *Document, cfg Config, rules ...Rule) ([]Change, []Warning, error) {
	var changes []Change
	var warnings []Warning
	var err error
	for _, r := range rules {
		var c []Change
		var w []Warning
		c, w, err = r.Apply(d, cfg)
		changes, warnings = append(changes, c...), append(warnings, w...)
		if err != nil {
			break
		}
	}
	sortByPosition(changes, func(c Change) (int, int) { return c.Line, c.Col })
	sortByPosition(warnings, func(w Warning) (int, int) { return w.Line, w.Col })
	return changes, warnings, err
}

// A rule is one of the built-in rules: a name, a summary and the function
// that edits the front matter.
type rule struct {
	name    string
	summary string
	preset  bool // part of the hugo preset
	apply   func(r *ruleRun) error
}

func (r *rule) Name() string    { return r.name }
func (r *rule) Summary() string { return r.summary }

func (r *rule) Apply(d *Document, cfg Config) ([]Change, []Warning, error) {
	if d.Format() == None || d.Format() == Org {
		return nil, nil, nil
	}
	if unchanged := quickChecks[r.name]; unchanged != nil && !d.parsed {
		if q := d.quick(); q != nil && unchanged(q, &cfg) {
			return nil, nil, nil // nothing to do, proven without the model (quick.go)
		}
	}
	m, err := d.Meta()
	if err != nil {
		return nil, nil, err
	}
	run := &ruleRun{rule: r.name, doc: d, meta: m, cfg: &cfg}
	if err := r.apply(run); err != nil {
		return nil, nil, err
	}
	sortByPosition(run.changes, func(c Change) (int, int) { return c.Line, c.Col })
	sortByPosition(run.warnings, func(w Warning) (int, int) { return w.Line, w.Col })
	return run.changes, run.warnings, nil
}

// sortByPosition puts s in the order of the file, keeping the order of
// the elements at the same place.
func sortByPosition[T any](s []T, pos func(T) (line, col int)) {
	slices.SortStableFunc(s, func(a, b T) int {
		la, ca := pos(a)
		lb, cb := pos(b)
		return cmp.Or(cmp.Compare(la, lb), cmp.Compare(ca, cb))
	})
}

// A ruleRun is one application of a rule to one document: what the rule
// reads and where it notes what it did.
type ruleRun struct {
	rule     string
	doc      *Document
	meta     *Map
	cfg      *Config
	changes  []Change
	warnings []Warning
}

// changed notes a change at a position.
func (r *ruleRun) changed(line, col int, format string, args ...any) {
	r.changes = append(r.changes, Change{Rule: r.rule, Line: line, Col: col, Msg: fmt.Sprintf(format, args...)})
}

// warn notes a problem the rule leaves alone.
func (r *ruleRun) warn(line, col int, format string, args ...any) {
	r.warnings = append(r.warnings, Warning{Rule: r.rule, Line: line, Col: col, Msg: fmt.Sprintf(format, args...)})
}

// at returns the position of v, the value at key, or that of key when v
// was made by a rule.
func (r *ruleRun) at(key string, v *Node) (line, col int) {
	if line, col = v.Pos(); line == 0 {
		line, col = r.meta.KeyPos(key)
	}
	return line, col
}

// lookup returns the top-level key spelled lower in any case, as Hugo
// reads keys. ok is false when there is none, when there is more than one
// (the keys rule reports those), and when the key is merged from a YAML
// anchor.
func (r *ruleRun) lookup(lower string) (key string, ok bool) {
	for k := range r.meta.keys() {
		if !lowerIs(k, lower) {
			continue
		}
		if !r.owned(k) {
			return "", false
		}
		if ok {
			return "", false
		}
		key, ok = k, true
	}
	return key, ok
}

// owned reports whether key is written in the front matter itself, not
// merged into it from a YAML anchor ("<<: *defaults"). Rules leave merged
// keys alone: changing one would change every map that merges it.
func (r *ruleRun) owned(key string) bool {
	line, _ := r.meta.KeyPos(key)
	return line > 0
}

// has reports whether a top-level key is spelled lower in any case.
func (r *ruleRun) has(lower string) bool {
	for k := range r.meta.keys() {
		if lowerIs(k, lower) {
			return true
		}
	}
	return false
}

// lowerIs reports whether strings.ToLower(k) == lower, as Hugo compares
// keys, without making a string for an ASCII key.
func lowerIs(k, lower string) bool {
	if len(k) != len(lower) {
		for i := range len(k) {
			if k[i] >= utf8.RuneSelf {
				return strings.ToLower(k) == lower
			}
		}
		return false
	}
	for i := range len(k) {
		c := k[i]
		switch {
		case c >= utf8.RuneSelf:
			return strings.ToLower(k) == lower
		case 'A' <= c && c <= 'Z':
			c += 'a' - 'A'
		}
		if c != lower[i] {
			return false
		}
	}
	return true
}

// taxonomies returns the lower-case plural names of the site's taxonomies.
func (c *Config) taxonomies() []string {
	out := []string{"tags", "categories"}
	for _, t := range c.Taxonomies {
		if t = strings.ToLower(strings.TrimSpace(t)); t != "" && !slices.Contains(out, t) {
			out = append(out, t)
		}
	}
	return out
}
