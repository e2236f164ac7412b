package convert

import (
	"bytes"
	"slices"

	"github.com/hugofmt/hugofmt/frontmatter"
	"github.com/hugofmt/hugofmt/internal/mdscan"
)

// Shortcodes returns a Transformer that changes nothing and notes in
// Report.Shortcodes the shortcodes the document's body calls, by name,
// each once, in the order of their first call. It finds them as Hugo's
// page lexer does: everywhere in the body, code included, since Hugo runs
// them there too, and nested ones; an escaped {{</* … */>}}, which Hugo
// prints as text, calls nothing. Last in a Chain, it tells what the
// converted file calls, so that the templates a site needs can be
// installed: those hugofmt writes, and those an earlier run or the
// author wrote.
func Shortcodes() Transformer { return shortcodesTransformer{} }

type shortcodesTransformer struct{}

func (shortcodesTransformer) Transform(d *frontmatter.Document, rep *Report) error {
	body := d.Body()
	if !bytes.Contains(body, []byte("{{")) {
		return nil // the hot path: most bodies call none
	}
	for _, sc := range mdscan.Scan(body).Shortcodes() {
		if sc.Name != "" && !sc.Escaped && !slices.Contains(rep.Shortcodes, sc.Name) {
			rep.Shortcodes = append(rep.Shortcodes, sc.Name)
		}
	}
	return nil
}
