package convert

import (
	"slices"

	"github.com/hugofmt/hugofmt/frontmatter"
)

// FrontMatter returns a Transformer that applies the front matter rules
// (frontmatter.Rule) in the order given, with cfg. It reports each rule's
// changes as Changes and the problems the rules leave alone as Warnings.
// The front matter is parsed only if a rule reads it, and only once.
func FrontMatter(cfg frontmatter.Config, rules ...frontmatter.Rule) Transformer {
	return frontMatterTransformer{cfg: cfg, rules: slices.Clone(rules)}
}

type frontMatterTransformer struct {
	cfg   frontmatter.Config
	rules []frontmatter.Rule
}

func (t frontMatterTransformer) Transform(d *frontmatter.Document, rep *Report) error {
	for _, r := range t.rules {
		changes, warnings, err := r.Apply(d, t.cfg)
		for _, c := range changes {
			rep.Changes = append(rep.Changes, Change{Rule: c.Rule, Line: c.Line, Col: c.Col, Msg: c.Msg})
		}
		for _, w := range warnings {
			rep.warn(Warning{Line: w.Line, Col: w.Col, Source: w.Rule, Msg: w.Msg})
		}
		if err != nil {
			return err
		}
	}
	return nil
}
