package convert

import (
	"github.com/hugofmt/hugofmt/embed"
	"github.com/hugofmt/hugofmt/frontmatter"
)

// Embeds returns a Transformer that rewrites the raw embeds of a body into
// shortcodes with the providers of reg, and reports every embed it finds,
// converted or left, at its position in the file.
func Embeds(reg *embed.Registry) Transformer { return embedsTransformer{reg} }

type embedsTransformer struct{ reg *embed.Registry }

func (t embedsTransformer) Transform(d *frontmatter.Document, rep *Report) error {
	body, findings, err := t.reg.Rewrite(d.Body())
	if err != nil {
		return err
	}
	// Findings are placed in the body; the body starts at line0:col0.
	line0, col0 := d.Position(d.BodyOffset())
	for _, f := range findings {
		line, col := line0+f.Line-1, f.Col
		if f.Line == 1 {
			col += col0 - 1
		}
		rep.Embeds = append(rep.Embeds, Embed{
			Line: line, Col: col,
			Provider:  f.Provider,
			Converted: f.Converted,
			Shortcode: f.Shortcode,
			Reason:    f.Reason,
		})
	}
	d.SetBody(body)
	return nil
}
