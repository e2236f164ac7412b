package e2e

import (
	"maps"
	"os"
	"path"
	"path/filepath"
	"slices"

	"github.com/hugofmt/hugofmt/convert"
	"github.com/hugofmt/hugofmt/embed"
)

// Library returns the Converter the suite proves: hugofmt's conversion,
// by the library path the batch tool takes. It converts the site's content
// with the transforms opts describe (the zero Options are the batch tool's
// defaults: the hugo preset of front matter rules and the embed
// rewriting), writes the changed files back, then writes the templates
// hugofmt ships for the shortcodes the converted content calls that the
// site lacks, as the batch tool's -shortcodes does. It is what a user
// gets from
//
//	convert -r RULES -to FORMAT -w -shortcodes SITE SITE
func Library(opts convert.Options) Converter {
	return func(dir string) (*Conversion, error) {
		opts.Shortcodes = true
		t, err := convert.New(opts)
		if err != nil {
			return nil, err
		}
		return convertSite(dir, t)
	}
}

// convertSite converts the content of the site in dir with t, in place,
// and writes the templates it lacks for the shortcodes the content calls,
// which t must note (convert.Options.Shortcodes).
func convertSite(dir string, t convert.Transformer) (*Conversion, error) {
	conv := &Conversion{Rules: map[string][]string{}, Errors: map[string]string{}}
	w := &convert.Walker{Transformer: t}
	var sum convert.Summary
	for r := range w.Walk(os.DirFS(dir), ".") {
		sum.Add(r)
		file, err := filepath.Rel("content", filepath.FromSlash(r.Path))
		if err != nil {
			return nil, err
		}
		file = path.Clean(filepath.ToSlash(file))
		switch {
		case r.Err != nil:
			conv.Errors[file] = r.Err.Error()
		case r.Changed():
			if err := os.WriteFile(filepath.Join(dir, filepath.FromSlash(r.Path)), r.Out, 0o644); err != nil {
				return nil, err
			}
			for _, c := range r.Report.Changes {
				if !slices.Contains(conv.Rules[file], c.Rule) {
					conv.Rules[file] = append(conv.Rules[file], c.Rule)
				}
			}
		}
	}
	if len(sum.Shortcodes) == 0 {
		return conv, nil // no name would mean every template
	}
	_, _, err := embed.WriteTemplates(dir, slices.Collect(maps.Keys(sum.Shortcodes))...)
	return conv, err
}
