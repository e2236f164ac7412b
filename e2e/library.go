package e2e

import (
	"os"
	"path"
	"path/filepath"

	"github.com/hugofmt/hugofmt/convert"
	"github.com/hugofmt/hugofmt/frontmatter"
)

// Library is the Converter the suite proves: hugofmt's conversion of a
// site, as the batch tool runs it.
func Library(dir string) (*Conversion, error) {
	rules, err := frontmatter.RulesByName(frontmatter.HugoPreset)
	if err != nil {
		return nil, err
	}
	// Until convert offers the batch tool's chain, the suite chains the
	// hugo preset itself.
	t := convert.Func(func(d *frontmatter.Document, rep *convert.Report) error {
		changes, err := frontmatter.ApplyRules(d, nil, rules...)
		for _, c := range changes {
			if !c.Warning {
				rep.Changes = append(rep.Changes, convert.Change{Rule: c.Rule, Line: c.Line, Col: c.Col, Msg: c.Msg})
			}
		}
		return err
	})
	return convertTree(dir, &convert.Walker{Transformer: t})
}

// convertTree converts the content of the site in dir in place with w and
// says what it did.
func convertTree(dir string, w *convert.Walker) (*Conversion, error) {
	conv := &Conversion{Rules: map[string][]string{}, Errors: map[string]string{}}
	for r := range w.Walk(os.DirFS(dir), "content") {
		file, _ := relContent(r.Path)
		switch {
		case r.Err != nil:
			conv.Errors[file] = r.Err.Error()
		case r.Changed():
			if err := os.WriteFile(filepath.Join(dir, filepath.FromSlash(r.Path)), r.Out, 0o644); err != nil {
				return nil, err
			}
			for _, c := range r.Report.Changes {
				conv.Rules[file] = appendNew(conv.Rules[file], c.Rule)
			}
		}
	}
	return conv, nil
}

// relContent returns a walked path relative to the content directory.
func relContent(p string) (string, bool) {
	rel, err := filepath.Rel("content", filepath.FromSlash(p))
	return path.Clean(filepath.ToSlash(rel)), err == nil
}

// appendNew appends s to list unless list holds it.
func appendNew(list []string, s string) []string {
	for _, x := range list {
		if x == s {
			return list
		}
	}
	return append(list, s)
}
