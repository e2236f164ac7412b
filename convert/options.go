package convert

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/hugofmt/hugofmt/embed"
	"github.com/hugofmt/hugofmt/frontmatter"
	"github.com/hugofmt/hugofmt/migrate"
)

// DefaultRules is what Options.Rules means when empty: the hugo preset of
// front matter rules, and the rewriting of raw embeds into shortcodes.
const DefaultRules = "hugo,embeds"

// Names that Options.Rules takes besides the front matter rules.
const (
	embedsName  = "embeds"
	iframesName = "iframes"
	noneName    = "none"
	allRules    = "all"
)

// Options say which transforms New chains and how they work.
type Options struct {
	// Rules chooses the transforms, comma-separated (see Choices):
	//   - the front matter rules by name ("keys", "dates", "order" …), their
	//     presets ("hugo") and "all" (see frontmatter.RulesByName);
	//   - "embeds", rewriting raw embeds into shortcodes with the
	//     providers of Registry;
	//   - "iframes", the generic provider (embed.Iframes) for iframes no
	//     other provider claims, consulted last;
	//   - the rules of another engine's syntax, off unless named, by rule
	//     or preset ("jekyll", "zenn-syntax" …; see migrate.RulesByName),
	//     which apply first, taking embeds' shortcodes from Registry;
	//   - "none", nothing at all.
	// A name preceded by "-" removes what the names before it chose:
	// "hugo,-dates,embeds". Empty means DefaultRules.
	Rules string
	// To is the front matter format to write; setting it turns the
	// format rule on, whatever Rules says.
	To frontmatter.Format
	// Registry holds the providers of "embeds", in order; nil means
	// embed.Default().
	Registry *embed.Registry
	// Location is the time zone given to dates written with a time but
	// no zone; nil leaves them zone-less, for Hugo to read in the site's
	// timeZone.
	Location *time.Location
	// Taxonomies are the site's taxonomies beyond tags and categories, by
	// their plural names ("series").
	Taxonomies []string
	// Shortcodes has each Report name the shortcodes the converted file
	// calls (see Shortcodes), so that a caller can install the templates
	// the site needs.
	Shortcodes bool
}

// A Choice is a name Options.Rules takes, with what it does in one line.
type Choice struct {
	Name    string // as Options.Rules takes it: "hugo", "embeds", "jekyll"
	Summary string // what it does, in one line, for -help
}

// Choices returns every name Options.Rules takes, with what it does, for
// help texts and error messages: the migrate presets and rules (which
// apply first, in this order), the embed rewriting (next), the front
// matter presets (frontmatter.Presets) and all, the front matter rules in
// the order they apply, and none.
func Choices() []Choice {
	var choices []Choice
	for _, p := range migrate.Presets() {
		choices = append(choices, Choice{p.Name, "migrate " + p.Summary + ": " + strings.Join(p.Rules, ", ")})
	}
	for _, r := range migrate.Rules() {
		choices = append(choices, Choice{r.Name(), r.Summary()})
	}
	choices = append(choices,
		Choice{embedsName, "rewrite raw embed HTML (Speaker Deck, YouTube, tweets …) into shortcodes"},
		Choice{iframesName, "rewrite the iframes no provider knows into the generic iframe shortcode (opt-in)"},
	)
	for _, p := range frontmatter.Presets() {
		choices = append(choices, Choice{p.Name, p.Summary + ": " + strings.Join(p.Rules, ", ")})
	}
	choices = append(choices, Choice{allRules, "every front matter rule below (format needs a target: all,-format leaves the format)"})
	for _, r := range frontmatter.Rules() {
		choices = append(choices, Choice{r.Name(), r.Summary()})
	}
	return append(choices, Choice{noneName, "no transform (with a target format: convert the front matter only)"})
}

// New returns the Transformer that opts describe: the migrate rules
// first (another engine's syntax; a {% highlight %} body must be code
// before embeds are looked for), then the embed rewriting, then the front
// matter rules in the order of frontmatter.Rules. Whatever the order,
// every position reported is one in the file as it was read. With
// Options.Shortcodes, the shortcodes the converted file calls are noted
// last. New fails on a name
// it does not know, naming the ones it does, on a format rule with no
// format to write, and on a format it cannot write.
func New(opts Options) (Transformer, error) {
	sel, err := parseRules(opts.Rules)
	if err != nil {
		return nil, err
	}
	if opts.To != frontmatter.None {
		if _, err := frontmatter.ParseFormat(string(opts.To)); err != nil {
			return nil, fmt.Errorf("convert: Options.To: %w", err)
		}
		sel.rules = append(sel.rules, "format")
	}
	rules, err := frontmatter.RulesByName(strings.Join(sel.rules, ","))
	if err != nil {
		return nil, fmt.Errorf("convert: %w", err)
	}
	if opts.To == frontmatter.None && slices.ContainsFunc(rules, func(r frontmatter.Rule) bool { return r.Name() == "format" }) {
		return nil, fmt.Errorf("convert: the format rule needs a format to write: set Options.To (-to yaml, toml or json)")
	}
	reg, err := registry(opts.Registry, sel.embeds, sel.iframes)
	if err != nil {
		return nil, err
	}

	var chain []Transformer
	if len(sel.migrate) > 0 {
		m, err := migrateRules(sel.migrate, opts.Registry, reg)
		if err != nil {
			return nil, err
		}
		chain = append(chain, Migrate(m...))
	}
	if reg != nil {
		opening := opts.To
		if opening == frontmatter.None {
			opening = frontmatter.YAML
		}
		chain = append(chain, embedsTransformer{reg, opening})
	}
	if len(rules) > 0 {
		chain = append(chain, FrontMatter(frontmatter.Config{
			Location:   opts.Location,
			Taxonomies: opts.Taxonomies,
			Format:     opts.To,
		}, rules...))
	}
	if opts.Shortcodes {
		chain = append(chain, Shortcodes())
	}
	return Chain(chain...), nil
}

// A selection is what Options.Rules chooses: a spec for
// frontmatter.RulesByName, and whether to rewrite embeds and iframes.
type selection struct {
	rules           []string
	migrate         []string // for migrate.RulesByName
	embeds, iframes bool
}

// parseRules reads an Options.Rules spec.
func parseRules(spec string) (selection, error) {
	if strings.TrimSpace(spec) == "" {
		spec = DefaultRules
	}
	var names []string
	for _, name := range strings.Split(spec, ",") {
		if name = strings.TrimSpace(name); name != "" {
			names = append(names, name)
		}
	}
	var sel selection
	known := Choices()
	for _, name := range names {
		base, removed := strings.CutPrefix(name, "-")
		switch base = strings.TrimSpace(base); {
		case base == noneName:
			if removed || len(names) > 1 {
				return sel, fmt.Errorf("convert: rules %q: %q stands alone", spec, noneName)
			}
		case base == embedsName:
			sel.embeds = !removed
		case base == iframesName:
			sel.iframes = !removed
		case isMigrateName(base):
			sel.migrate = append(sel.migrate, name)
		case slices.ContainsFunc(known, func(c Choice) bool { return c.Name == base }):
			sel.rules = append(sel.rules, name)
		default:
			return sel, fmt.Errorf("convert: unknown rule %q (the rules: %s)", base, choiceNames(known))
		}
	}
	return sel, nil
}

// registry returns the providers the embed rewriting uses: those of reg
// (by default embed.Default()) when embeds is set, followed by the generic
// iframes provider when iframes is set; nil when neither is.
func registry(reg *embed.Registry, embeds, iframes bool) (*embed.Registry, error) {
	switch {
	case !embeds && !iframes:
		return nil, nil
	case !embeds:
		return embed.NewRegistry(embed.Iframes())
	case reg == nil:
		reg = embed.Default()
	}
	if !iframes || slices.Contains(reg.Names(), iframesName) {
		return reg, nil
	}
	return reg.With(embed.Iframes())
}

// isMigrateName reports whether name is a rule or preset of package
// migrate.
func isMigrateName(name string) bool {
	_, err := migrate.RulesByName(name)
	return err == nil
}

// migrateRules returns the migrate rules spec names, taking embeds'
// shortcodes from the providers of reg, else of the embed rewriting's
// registry, else of embed.Default().
func migrateRules(names []string, reg, embeds *embed.Registry) ([]migrate.Rule, error) {
	rules, err := migrate.RulesByName(strings.Join(names, ","))
	if err != nil {
		return nil, fmt.Errorf("convert: %w", err)
	}
	if reg == nil {
		reg = embeds
	}
	if reg != nil {
		for i := range rules {
			rules[i] = rules[i].WithRegistry(reg)
		}
	}
	return rules, nil
}

func choiceNames(choices []Choice) string {
	var names []string
	for _, c := range choices {
		names = append(names, c.Name)
	}
	return strings.Join(names, ", ")
}
