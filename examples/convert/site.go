package main

import (
	"cmp"
	"fmt"
	"io/fs"
	"strings"

	"github.com/hugofmt/hugofmt/convert"
)

// A siteRun is a site root named on the command line, with what its
// configuration says.
type siteRun struct {
	Dir string `json:"dir"` // as named on the command line
	*convert.Site
}

// transformer returns the Transformer for the files of group g in fsys:
// for a site root, one that reads them as the site's configuration says
// (its taxonomies, unless -taxonomies is set); else the command line's. A
// configuration that cannot be read is left for the walk to report.
func (r *runner) transformer(g group, fsys fs.FS) convert.Transformer {
	if len(g.roots) != 1 || g.roots[0] != "." {
		return r.t
	}
	site, err := convert.ReadSite(fsys, ".")
	if err != nil || site == nil {
		return r.t
	}
	r.sites = append(r.sites, siteRun{Dir: g.dir, Site: site})
	if r.taxonomiesSet {
		return r.t
	}
	opts := r.opts
	opts.Taxonomies = site.Taxonomies
	t, err := convert.New(opts)
	if err != nil { // not reached: r.opts made r.t
		r.fail(err)
		return r.t
	}
	return t
}

// printSites prints what the configuration of each site root said, and
// how the run read its content.
func (r *runner) printSites() {
	for _, s := range r.sites {
		tz, tzShown := s.TimeZone, s.TimeZone
		if tz == "" {
			tz, tzShown = "UTC", "UTC (Hugo's default)"
		}
		var tax string
		switch {
		case r.taxonomiesSet:
			tax = cmp.Or(strings.Join(r.taxonomies, ", "), "none") + " (-taxonomies)"
		case s.Taxonomies == nil:
			tax = "tags, categories (Hugo's default)"
		default:
			tax = cmp.Or(strings.Join(s.Taxonomies, ", "), "none")
		}
		fmt.Fprintf(r.c.stderr, "site %s: read %s; content in %s; timeZone %s; taxonomies %s\n",
			s.Dir, strings.Join(s.Config, ", "), strings.Join(s.ContentDirs, ", "), tzShown, tax)
		if r.tz != nil && r.tz.String() != tz {
			fmt.Fprintf(r.c.stderr, "site %s: -tz %s moves the dates written without a zone, which Hugo reads in the site's timeZone, %s\n", s.Dir, r.tz, tz)
		}
	}
}
