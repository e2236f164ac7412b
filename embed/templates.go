package embed

import (
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"
)

//go:embed templates/*.html
var shipped embed.FS

// Templates returns the shortcode templates hugofmt ships for the
// shortcodes Hugo lacks, one file per shortcode at the root: NAME.html.
func Templates() fs.FS {
	sub, err := fs.Sub(shipped, "templates")
	if err != nil { // cannot happen: the directory is embedded
		panic(err)
	}
	return sub
}

// WriteTemplates writes the shipped templates into the Hugo site at
// siteDir, under layouts/_shortcodes/, creating the directory as needed;
// with names, only the templates of those shortcodes. It never replaces a
// template: where the site, or one of its themes, already has a template
// for the shortcode (NAME.html or a variant such as NAME.en.html, in
// layouts/_shortcodes/ or the older layouts/shortcodes/), it writes
// nothing and lists the existing file among the clashes. It returns the
// files it wrote and the clashes, sorted. MissingTemplates says the same
// without writing.
func WriteTemplates(siteDir string, names ...string) (written, clashes []string, err error) {
	missing, clashes, err := MissingTemplates(siteDir, names...)
	if err != nil {
		return nil, clashes, err
	}
	for _, file := range missing {
		content, err := fs.ReadFile(Templates(), filepath.Base(file))
		if err != nil {
			return written, clashes, err
		}
		if err := os.MkdirAll(filepath.Dir(file), 0o755); err != nil {
			return written, clashes, err
		}
		if err := writeNew(file, content); err != nil {
			if errors.Is(err, fs.ErrExist) { // created since we looked
				clashes = append(clashes, file)
				continue
			}
			return written, clashes, err
		}
		written = append(written, file)
	}
	slices.Sort(clashes)
	return written, clashes, nil
}

// MissingTemplates returns the files WriteTemplates(siteDir, names...)
// would write, for the shipped templates the site and its themes lack, and
// the existing templates it would report as clashes, both sorted. It
// writes nothing: it is what a check (the batch tool's -l and -d) reports.
func MissingTemplates(siteDir string, names ...string) (missing, clashes []string, err error) {
	entries, err := fs.ReadDir(Templates(), ".")
	if err != nil {
		return nil, nil, err
	}
	dir := filepath.Join(siteDir, "layouts", "_shortcodes")
	for _, e := range entries {
		name := strings.TrimSuffix(e.Name(), ".html")
		if len(names) > 0 && !slices.Contains(names, name) {
			continue
		}
		existing, err := existingTemplates(siteDir, name)
		if err != nil {
			return missing, clashes, err
		}
		if len(existing) > 0 {
			clashes = append(clashes, existing...)
			continue
		}
		missing = append(missing, filepath.Join(dir, e.Name()))
	}
	slices.Sort(missing)
	slices.Sort(clashes)
	return missing, clashes, nil
}

// existingTemplates returns the site's and its themes' templates for the
// shortcode name.
func existingTemplates(siteDir, name string) ([]string, error) {
	roots := []string{siteDir}
	themes, _ := filepath.Glob(filepath.Join(siteDir, "themes", "*"))
	roots = append(roots, themes...)
	var found []string
	for _, root := range roots {
		for _, sub := range []string{"_shortcodes", "shortcodes"} {
			dir := filepath.Join(root, "layouts", sub)
			entries, err := os.ReadDir(dir)
			if errors.Is(err, fs.ErrNotExist) {
				continue
			}
			if err != nil {
				return nil, err
			}
			for _, e := range entries {
				if base, _, _ := strings.Cut(e.Name(), "."); base == name && !e.IsDir() {
					found = append(found, filepath.Join(dir, e.Name()))
				}
			}
		}
	}
	return found, nil
}

// writeNew writes a file that must not exist yet.
func writeNew(file string, content []byte) error {
	f, err := os.OpenFile(file, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if err != nil {
		return err
	}
	if _, err := f.Write(content); err != nil {
		f.Close()
		os.Remove(file)
		return fmt.Errorf("writing %s: %w", path.Base(file), err)
	}
	return f.Close()
}
