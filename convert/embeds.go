package convert

import (
	"bytes"
	"errors"

	"github.com/hugofmt/hugofmt/embed"
	"github.com/hugofmt/hugofmt/frontmatter"
)

// Embeds returns a Transformer that rewrites the raw embeds of a body into
// shortcodes with the providers of reg, and reports every embed it finds,
// converted or left, at its position in the file as it was read (see
// frontmatter.Document.BodyPosition), whatever the transforms before it
// changed in the body.
//
// Embeds fails with a *frontmatter.Error at its place in the file, wrapping
// the *embed.Error, when a provider returns a shortcode Hugo cannot read.
//
// A file without front matter that would start with a shortcode is given
// an empty YAML front matter ("---" lines) before it, reported as a change
// of the "embeds" rule: Hugo reads a file that starts with "{" as JSON
// front matter, and would fail on it.
func Embeds(reg *embed.Registry) Transformer { return embedsTransformer{reg, frontmatter.YAML} }

type embedsTransformer struct {
	reg *embed.Registry
	// opening is the format of the front matter added before a shortcode
	// that would start a file.
	opening frontmatter.Format
}

func (t embedsTransformer) Transform(d *frontmatter.Document, rep *Report) error {
	body, findings, err := t.reg.Rewrite(d.Body())
	var e *embed.Error
	if errors.As(err, &e) {
		line, col := d.BodyPosition(e.Line, e.Col)
		return &frontmatter.Error{Line: line, Col: col, Msg: "embed: " + e.Msg, Err: e}
	}
	if err != nil {
		return err
	}
	for _, f := range findings {
		f.Line, f.Col = d.BodyPosition(f.Line, f.Col)
		rep.Embeds = append(rep.Embeds, f)
	}
	if d.Format() == frontmatter.None && !bytes.Equal(body, d.Body()) && readsAsFrontMatter(body) {
		body = withFrontMatter(body, t.opening)
		rep.Changes = append(rep.Changes, Change{Rule: "embeds", Line: 1, Col: 1,
			Msg: "empty front matter added: Hugo reads a file that starts with a shortcode as JSON front matter"})
	}
	d.SetBody(body)
	return nil
}

// readsAsFrontMatter reports whether Hugo would read the start of file as
// front matter, or fail trying.
func readsAsFrontMatter(file []byte) bool {
	d, err := frontmatter.Parse(file)
	return err != nil || d.Format() != frontmatter.None
}

// withFrontMatter returns file opened by an empty front matter in format
// f, after the BOM if there is one, with the file's line ending.
func withFrontMatter(file []byte, f frontmatter.Format) []byte {
	eol := "\n"
	if i := bytes.IndexByte(file, '\n'); i > 0 && file[i-1] == '\r' {
		eol = "\r\n"
	}
	var open string
	switch f {
	case frontmatter.TOML:
		open = "+++" + eol + "+++" + eol
	case frontmatter.JSON:
		open = "{}" + eol
	default:
		open = "---" + eol + "---" + eol
	}
	bom := []byte("\ufeff")
	rest, hasBOM := bytes.CutPrefix(file, bom)
	out := make([]byte, 0, len(file)+len(open))
	if hasBOM {
		out = append(out, bom...)
	}
	return append(append(out, open...), rest...)
}
