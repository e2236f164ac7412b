package convert

import (
	"github.com/hugofmt/hugofmt/frontmatter"
	"github.com/hugofmt/hugofmt/migrate"
)

// Migrate returns a Transformer that applies the rules of package migrate
// (another engine's syntax into Hugo's) in the order given. It reports
// each conversion as a Change, with the shortcode it wrote if any, and
// each thing left as it is as a Warning, at their places in the file.
func Migrate(rules ...migrate.Rule) Transformer { return migrateTransformer(rules) }

type migrateTransformer []migrate.Rule

func (t migrateTransformer) Transform(d *frontmatter.Document, rep *Report) error {
	for _, r := range t {
		findings, err := r.Migrate(d)
		if err != nil {
			return err
		}
		for _, f := range findings {
			if !f.Converted {
				rep.warn(f.Line, f.Col, f.Rule, f.Syntax+" left as it is: "+f.Note)
				continue
			}
			c := Change{Rule: f.Rule, Line: f.Line, Col: f.Col, Msg: f.Syntax + " → " + f.To}
			if f.Note != "" {
				c.Msg += " (" + f.Note + ")"
			}
			if len(f.To) > 3 && f.To[:3] == "{{<" {
				c.Shortcode = f.To
			}
			rep.Changes = append(rep.Changes, c)
		}
	}
	return nil
}
