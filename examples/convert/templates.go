package main

import (
	"bytes"
	"fmt"
	"io/fs"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/hugofmt/hugofmt/convert"
	"github.com/hugofmt/hugofmt/embed"
)

// recordShortcodes notes the shortcodes the embeds of a file were
// converted into, for -shortcodes.
func (r *runner) recordShortcodes(rep *convert.Report) {
	if r.shortcodes == "" {
		return
	}
	for _, e := range rep.Embeds {
		if !e.Converted {
			continue
		}
		if f := strings.Fields(strings.TrimPrefix(e.Shortcode, "{{<")); len(f) > 0 {
			if r.used == nil {
				r.used = map[string]bool{}
			}
			r.used[f[0]] = true
		}
	}
}

// writeUsedTemplates writes the templates of the shortcodes the run
// converted embeds into, where hugofmt ships one and the site has none.
func (r *runner) writeUsedTemplates() {
	if len(r.used) > 0 {
		r.writeTemplates(slices.Sorted(maps.Keys(r.used))...)
	}
}

// writeTemplates writes into the -shortcodes site the templates of the
// named shortcodes (of every shortcode hugofmt ships, with no name) that
// the site and its themes lack. It never replaces a file; a template of
// the site's own for one of these shortcodes is reported, unless it is
// hugofmt's, written by an earlier run.
func (r *runner) writeTemplates(names ...string) {
	site := r.shortcodes
	if info, err := os.Stat(site); err != nil || !info.IsDir() {
		r.fail(fmt.Errorf("convert: -shortcodes %s: not a directory (the root of a Hugo site)", site))
		return
	}
	written, clashes, err := embed.WriteTemplates(site, names...)
	for _, name := range written {
		fmt.Fprintf(r.c.stderr, "%s: written\n", name)
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
