package e2e

import (
	"context"
	"errors"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
)

// A Case is a content tree the suite proves a conversion on.
type Case struct {
	Name string
	// Content is what the sites' content directory holds.
	Content []Mount
	// Config is added to the sites' hugo.toml: the taxonomies and site
	// parameters the content relies on.
	Config string
	// Rules are the transforms to convert with, as the batch tool's -r
	// flag takes them; "" is its default.
	Rules string
	// Known lists the failures the suite finds today and that are the
	// library's to fix, by Difference.Key, under the reason for them
	// (naming the package responsible). See Report.Triage.
	Known map[string][]string
	// Refused are the errors Hugo logs on the original content as it
	// stands, each as a part of the message: the reason for the case, such
	// as dates Hugo cannot parse or a shortcode it removed. Each must be
	// logged, and no other error may be. Hugo renders the pages it can all
	// the same, so they are compared.
	Refused []string
	// RawHTML, when not empty, says why the original posts carry raw HTML
	// other than embeds (tables, <br>, <small>), which the AFTER site omits
	// as Hugo's safe default does with any raw HTML. The AFTER pages may
	// then hold "raw HTML omitted" markers, and lack the words that Hugo
	// drops from the original pages today; no other word. With RawHTML
	// empty they may hold no marker and must show every word. Embeds are
	// compared either way.
	RawHTML string
}

// A Converter turns a copy of the original content into the AFTER site:
// it rewrites the files under dir/content in place, writes the shortcode
// templates the converted content needs under dir/layouts, and says what
// it did. It returns an error only when it could not run at all.
type Converter func(dir string) (*Conversion, error)

// A Conversion says what a Converter did, per content file: a slash path
// relative to the content directory. The zero Conversion did nothing.
type Conversion struct {
	// Rules names the rules that changed each file.
	Rules map[string][]string
	// Errors says why the conversion left a file as it was.
	Errors map[string]string
}

// Originals are what Hugo makes of a case's original content: two sites,
// built once, against which any number of conversions can be proved.
//
//   - TODAY holds the original content as Hugo HugoVersion renders it
//     with its safe default: what readers get now. It counts the embeds
//     that still show and the errors that refuse the site.
//   - BEFORE holds the original content, renders raw HTML (as the site
//     did when its posts were written) and has stand-ins for the
//     shortcodes Hugo has since removed: what the site meant.
//
// Originals are not changed once built: several conversions may be proved
// against them at once.
type Originals struct {
	c             Case
	stubs         map[string]bool
	today, before *built
}

// A built site is what Hugo made of a project.
type built struct {
	errors []string // the errors Hugo logged
	pages  map[string]*Page
}

// BuildOriginals builds the original sites of c in work, an empty
// directory. Both stub the shortcodes a theme would define.
func BuildOriginals(ctx context.Context, h *Hugo, work string, c Case) (*Originals, error) {
	today, before := filepath.Join(work, "today"), filepath.Join(work, "before")
	for _, dir := range []string{today, before} {
		if err := copyContent(dir, c.Content); err != nil {
			return nil, err
		}
	}
	stubs, err := themeShortcodes(os.DirFS(today), "content")
	if err != nil {
		return nil, err
	}
	projects := []project{
		{dir: today, stubs: stubs, config: c.Config},
		{dir: before, unsafe: true, legacy: true, stubs: stubs, config: c.Config},
	}
	for _, p := range projects {
		if err := p.write(); err != nil {
			return nil, err
		}
	}
	sites, err := buildAll(ctx, h, projects...)
	if err != nil {
		return nil, err
	}
	return &Originals{c: c, stubs: stubs, today: sites[0], before: sites[1]}, nil
}

// Prove builds the AFTER site in work, an empty directory, and compares it
// with the originals page by page. AFTER holds the original content as
// convert leaves it, keeps Hugo's safe default, has only the templates the
// conversion wrote and stubs the theme's shortcodes as the originals do.
func (o *Originals) Prove(ctx context.Context, h *Hugo, work string, convert Converter) (*Report, error) {
	dir := filepath.Join(work, "after")
	p := project{dir: dir, stubs: o.stubs, config: o.c.Config}
	if err := copyContent(dir, o.c.Content); err != nil {
		return nil, err
	}
	if err := p.write(); err != nil {
		return nil, err
	}
	conv, err := convert(dir)
	if err != nil {
		return nil, fmt.Errorf("converting %s: %w", o.c.Name, err)
	}
	if conv == nil {
		conv = &Conversion{}
	}
	sites, err := buildAll(ctx, h, p)
	if err != nil {
		return nil, err
	}
	after := sites[0]

	r := &Report{Case: o.c.Name, TodayErrors: o.today.errors}
	for _, p := range o.today.pages {
		r.EmbedsToday += len(p.Embeds)
	}
	r.checkRefused(o.c.Refused, o.today.errors, o.before.errors)
	for _, msg := range after.errors {
		r.add(Difference{What: "hugo error", Before: "-", After: "error", Note: msg})
	}
	for _, file := range slices.Sorted(maps.Keys(conv.Errors)) {
		r.add(Difference{Page: file, What: "convert error", Before: "-", After: "left as it was", Note: conv.Errors[file]})
	}
	r.compare(o.today.pages, o.before.pages, after.pages, conv.Rules, o.c.RawHTML != "")
	return r, nil
}

// buildAll builds the projects, written, at once.
func buildAll(ctx context.Context, h *Hugo, projects ...project) ([]*built, error) {
	sites := make([]*built, len(projects))
	errs := make([]error, len(projects))
	var wg sync.WaitGroup
	for i, p := range projects {
		wg.Add(1)
		go func() {
			defer wg.Done()
			b, err := h.Build(ctx, p.dir)
			if err != nil {
				errs[i] = err
				return
			}
			sites[i] = &built{errors: b.Errors}
			sites[i].pages, errs[i] = readPages(filepath.Join(p.dir, "public"))
		}()
	}
	wg.Wait()
	return sites, errors.Join(errs...)
}

// checkRefused adds a failure for each error Hugo logged on the original
// content (TODAY, or BEFORE with its stand-ins) that the case does not
// expect, and for each expected error TODAY did not log: the reason for
// the case would be gone.
func (r *Report) checkRefused(refused, today, before []string) {
	seen := make([]bool, len(refused))
	for _, site := range []struct {
		name string
		errs []string
	}{{"TODAY", today}, {"BEFORE", before}} {
		for _, msg := range site.errs {
			i := slices.IndexFunc(refused, func(e string) bool { return strings.Contains(msg, e) })
			if i < 0 {
				r.add(Difference{What: "hugo error", Before: "unexpected error on " + site.name, After: "-", Note: msg})
			} else if site.name == "TODAY" {
				seen[i] = true
			}
		}
	}
	for i, e := range refused {
		if !seen[i] {
			r.add(Difference{What: "hugo error", Before: "no error", Note: fmt.Sprintf("the case expects Hugo to log %q on the original content", e)})
		}
	}
}
