package main

import (
	"bytes"
	"fmt"
	"io/fs"
	"maps"
	"os"
	"path/filepath"
	"slices"

	"github.com/hugofmt/hugofmt/embed"
)

// writeUsedTemplates writes the templates of the shortcodes the files of
// the run call, as converted, where hugofmt ships one and the site has
// none: those the run wrote, and those an earlier run or the author did.
func (r *runner) writeUsedTemplates() {
	if len(r.sum.Shortcodes) > 0 { // no name would mean every template
		r.writeTemplates(slices.Sorted(maps.Keys(r.sum.Shortcodes))...)
	}
}

// writeTemplates writes into the -shortcodes site the templates of the
// named shortcodes (of every shortcode hugofmt ships, with no name) that
// the site and its themes lack. It never replaces a file; a template of
// the site's own for one of these shortcodes is reported, unless it is
// hugofmt's, written by an earlier run. A check (-l or -d without -w)
// writes none: it says which it would write, and they count as changes.
func (r *runner) writeTemplates(names ...string) {
	site := r.shortcodes
	if info, err := os.Stat(site); err != nil || !info.IsDir() {
		r.fail(fmt.Errorf("convert: -shortcodes %s: not a directory (the root of a Hugo site)", site))
		return
	}
	write, done := embed.WriteTemplates, "written"
	if r.check() {
		write, done = embed.MissingTemplates, "would be written"
	}
	written, clashes, err := write(site, names...)
	for _, name := range written {
		fmt.Fprintf(r.c.stderr, "%s: %s\n", name, done)
	}
	if r.check() {
		r.templates += len(written)
	}
	for _, name := range clashes {
		if !isShipped(name) {
			fmt.Fprintf(r.c.stderr, "%s: the site's own template, left as it is; check that it takes the parameters hugofmt writes\n", name)
		}
	}
	if err != nil {
		r.fail(fmt.Errorf("convert: -shortcodes %s: %w", site, err))
	}
}

// isShipped reports whether the template file holds exactly the template
// hugofmt ships under its name.
func isShipped(file string) bool {
	ours, err := fs.ReadFile(embed.Templates(), filepath.Base(file))
	if err != nil {
		return false
	}
	theirs, err := os.ReadFile(file)
	return err == nil && bytes.Equal(theirs, ours)
}
