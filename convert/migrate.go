package convert

import (
	"github.com/hugofmt/hugofmt/frontmatter"
	"github.com/hugofmt/hugofmt/migrate"
)

// Migrate returns a Transformer that applies the rules of package migrate
// (another engine's syntax into Hugo's) in the order given. It reports
// each conversion as a Change, with the shortcode it wrote if any, and
// each thing left as it is as a Warning naming its Syntax, at their
// places in the file. What several rules leave at the same place (a tag
// that neither Liquid engine knows) is reported once, by the first.
func Migrate(rules ...migrate.Rule) Transformer { return migrateTransformer(rules) }

type migrateTransformer []migrate.Rule

func (t migrateTransformer) Transform(d *frontmatter.Document, rep *Report) error {
	type place struct {
		line, col int
		syntax    string
	}
	var left map[place]bool
	for _, r := range t {
		findings, err := r.Migrate(d)
		if err != nil {
			return err
		}
		for _, f := range findings {
			if !f.Converted {
				p := place{f.Line, f.Col, f.Syntax}
				if left[p] {
					continue
				}
				if left == nil {
					left = map[place]bool{}
				}
				left[p] = true
				rep.warn(Warning{Line: f.Line, Col: f.Col, Source: f.Rule, Msg: f.Syntax + " left as it is: " + f.Reason, Syntax: f.Syntax})
				continue
			}
			c := Change{Rule: f.Rule, Line: f.Line, Col: f.Col, Msg: f.Syntax + " → " + f.To, Shortcode: f.Shortcode()}
			if f.Reason != "" {
				c.Msg += " (" + f.Reason + ")"
			}
			rep.Changes = append(rep.Changes, c)
		}
	}
	return nil
}
