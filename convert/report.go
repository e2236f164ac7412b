package convert

import (
	"strings"

	"github.com/hugofmt/hugofmt/embed"
)

// A Report says what a conversion did to one file. Positions are 1-based
// lines and byte columns in the file as it was read, whatever the
// transforms before the one that reports changed in it.
type Report struct {
	// Changed reports whether the conversion changed the file.
	Changed bool `json:"changed"`
	// Changes lists what the rules changed: those of package migrate,
	// then the front matter rules, each rule's changes in the order of
	// the file.
	Changes []Change `json:"changes,omitempty"`
	// Embeds lists the raw embeds found in the body, converted or not, in
	// the order they appear.
	Embeds []embed.Finding `json:"embeds,omitempty"`
	// Shortcodes names the shortcodes the converted file calls, each
	// once, in order, when the conversion notes them (see Shortcodes).
	Shortcodes []string `json:"shortcodes,omitempty"`
	// Warnings lists what the user should look at: the file is converted,
	// but something in it probably does not mean what its author meant
	// (a key conflict, an unreadable date, a delimiter Hugo misreads).
	Warnings []Warning `json:"warnings,omitempty"`
}

// A Change is one edit a transform made to a file: a front matter rule's
// (a frontmatter.Change), a migrate rule's conversion (a migrate.Finding),
// or the empty front matter the embed rewriting gives a file that would
// start with a shortcode (rule "embeds", see Embeds).
type Change struct {
	Rule string `json:"rule"` // the rule's name: "keys", "dates", "jekyll-tags" …
	// Line and Col give the position, 1-based, the column in bytes, of
	// what changed in the file as it was read.
	Line int    `json:"line"`
	Col  int    `json:"col"`
	Msg  string `json:"msg"` // what changed and why
	// Shortcode is the shortcode the change wrote, if any (migrate's
	// rules write them), so that its template can be installed.
	Shortcode string `json:"shortcode,omitempty"`
}

// A Warning is something a transform could read but that the user should
// look at: a frontmatter.Warning, or what a migrate rule left as it is.
// Nothing is changed because of a warning.
type Warning struct {
	// Line and Col give the position, 1-based, the column in bytes, in
	// the file as it was read.
	Line int `json:"line"`
	Col  int `json:"col"`
	// Source names what raised the warning: "frontmatter" for the split of
	// the file, or the name of a rule.
	Source string `json:"source"`
	Msg    string `json:"msg"` // what to look at, and why
	// Syntax names what a migrate rule left as it is, as the rule names
	// it ("{% label %}", ":::note"), so that a summary can count what a
	// site still needs a template or a hand for; "" for other warnings.
	Syntax string `json:"syntax,omitempty"`
}

// warn adds a warning to r.
func (r *Report) warn(w Warning) { r.Warnings = append(r.Warnings, w) }

// A Summary adds up the results of a run over many files: what changed,
// and what is left for a human, by source and name.
type Summary struct {
	Files     int `json:"files"`     // files seen
	Changed   int `json:"changed"`   // files converted with a change
	Unchanged int `json:"unchanged"` // files converted with no change
	Failed    int `json:"failed"`    // files that could not be read or converted

	Rules     map[string]int `json:"rules,omitempty"`     // changes made, by rule
	Converted map[string]int `json:"converted,omitempty"` // embeds converted, by provider
	Left      map[string]int `json:"left,omitempty"`      // embeds left alone, by kind of reason (see Add)
	// Unmigrated counts the syntax of other engines that the migrate
	// rules left as it is, by rule, then by what was left:
	// {"hexo-tags": {"{% label %}": 3}}. Each is also a warning.
	Unmigrated map[string]map[string]int `json:"unmigrated,omitempty"`
	Warned     map[string]int            `json:"warned,omitempty"` // warnings, by source
	Warnings   int                       `json:"warnings"`         // warnings, all files together
	// Shortcodes counts the files that call each shortcode, by name, when
	// the reports note them (see Options.Shortcodes).
	Shortcodes map[string]int `json:"shortcodes,omitempty"`
}

// Add counts r into s. A result with an error counts as failed, whatever
// its report says, since the file was left as it was. Embeds left alone
// are counted by provider and reason, without the details a reason gives
// in parentheses: "unknown iframe (example.com/x)" counts as "unknown
// iframe", so that a summary of a large site stays short. Warnings are
// counted by source and, for the syntax a migrate rule left, by name.
func (s *Summary) Add(r Result) {
	s.Files++
	switch {
	case r.Err != nil:
		s.Failed++
		return
	case r.Report == nil:
		s.Unchanged++
		return
	case r.Report.Changed:
		s.Changed++
	default:
		s.Unchanged++
	}
	for _, c := range r.Report.Changes {
		inc(&s.Rules, c.Rule)
	}
	for _, e := range r.Report.Embeds {
		if e.Converted {
			inc(&s.Converted, e.Provider)
		} else {
			inc(&s.Left, leftKind(e))
		}
	}
	for _, name := range r.Report.Shortcodes {
		inc(&s.Shortcodes, name)
	}
	for _, w := range r.Report.Warnings {
		s.Warnings++
		inc(&s.Warned, w.Source)
		if w.Syntax != "" {
			if s.Unmigrated == nil {
				s.Unmigrated = map[string]map[string]int{}
			}
			m := s.Unmigrated[w.Source]
			inc(&m, w.Syntax)
			s.Unmigrated[w.Source] = m
		}
	}
}

// leftKind returns e.LeftReason() without the details in parentheses at
// its end.
func leftKind(e embed.Finding) string {
	r := e.LeftReason()
	if i := strings.LastIndex(r, " ("); i > 0 && strings.HasSuffix(r, ")") {
		return r[:i]
	}
	return r
}

func inc(m *map[string]int, key string) {
	if *m == nil {
		*m = map[string]int{}
	}
	(*m)[key]++
}
