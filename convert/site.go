package convert

import (
	"bytes"
	"cmp"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"maps"
	"path"
	"slices"
	"strconv"
	"strings"

	"github.com/hugofmt/hugofmt/frontmatter"
)

// A Site is what hugofmt reads of a Hugo site's configuration: what
// changes where its content is and how it must be read. Paths are
// slash-separated and relative to the site's root.
type Site struct {
	// Config lists the configuration files read, in the order Hugo
	// merges them: "hugo.toml", "config/_default/languages.toml".
	Config []string `json:"config"`
	// ContentDirs are the directories that hold the site's content,
	// sorted, none inside another: "content", unless the configuration
	// sets contentDir, a contentDir per language, or module mounts on
	// content, which Hugo then reads instead.
	ContentDirs []string `json:"contentDirs"`
	// TimeZone is the site's timeZone, "" when unset. Hugo reads the
	// dates written without a zone as wall clock time in it (in UTC when
	// it is unset), so keeping them zone-less keeps the instants Hugo
	// computes; Options.Location is for writing them with a zone.
	TimeZone string `json:"timeZone,omitempty"`
	// Taxonomies are the plural names of the taxonomies the
	// configuration sets, in all languages, sorted; nil when it sets none
	// and Hugo's default, tags and categories, apply. They are what
	// Options.Taxonomies takes.
	Taxonomies []string `json:"taxonomies"`
}

// rootConfigs are the files Hugo v0.160 looks for at a site's root, in
// order: it reads the first that exists (config/configLoader.go,
// DefaultConfigNames and ValidConfigFileExtensions).
var rootConfigs = [...]string{
	"hugo.toml", "hugo.yaml", "hugo.yml", "hugo.json",
	"config.toml", "config.yaml", "config.yml", "config.json",
}

// configDirs are the configuration directories Hugo reads after the root
// file, each overriding what comes before: the default one, then the one
// of the production environment, which "hugo" builds for.
var configDirs = [...]string{"config/_default", "config/production"}

// maxConfigSize bounds what is read of a configuration file.
const maxConfigSize = 16 << 20

// ReadSite reads the configuration of the Hugo site whose root is dir in
// fsys, as Hugo v0.160 does when it builds the site: the first of
// hugo.toml, hugo.yaml, hugo.yml, hugo.json and config.toml … config.json,
// then the files of config/_default and config/production, later values
// overriding earlier ones, keys in any case. It returns nil and no error
// when dir holds no configuration, and is not a site root.
//
// ReadSite fails on a configuration it cannot read, with a
// *frontmatter.Error whose Path is the file in fsys, and on a content
// directory outside the site, which fsys cannot reach, with a
// *fs.PathError.
func ReadSite(fsys fs.FS, dir string) (*Site, error) {
	var files []string
	for _, name := range rootConfigs {
		if isFile(fsys, path.Join(dir, name)) {
			files = append(files, name)
			break
		}
	}
	for _, cd := range configDirs {
		if info, err := fs.Stat(fsys, path.Join(dir, cd)); err != nil || !info.IsDir() {
			continue
		}
		err := fs.WalkDir(fsys, path.Join(dir, cd), func(name string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if !d.IsDir() && configFormat(name) != frontmatter.None {
				files = append(files, strings.TrimPrefix(name, dir+"/"))
			}
			return nil
		})
		if err != nil {
			return nil, pathError("read", path.Join(dir, cd), err)
		}
	}
	if len(files) == 0 {
		return nil, nil
	}
	cfg := map[string]any{}
	for _, name := range files {
		m, err := readConfig(fsys, path.Join(dir, name))
		if err != nil {
			return nil, err
		}
		merge(cfg, nest(name, m))
	}
	site := &Site{Config: files, TimeZone: str(cfg, "timezone"), Taxonomies: taxonomies(cfg)}
	var err error
	if site.ContentDirs, err = contentDirs(cfg); err != nil {
		return nil, pathError("read", path.Join(dir, files[0]), err)
	}
	return site, nil
}

// isFile reports whether name is a regular file in fsys.
func isFile(fsys fs.FS, name string) bool {
	info, err := fs.Stat(fsys, name)
	return err == nil && info.Mode().IsRegular()
}

// configFormat returns the format of the configuration file name, by its
// extension; None when it is not one.
func configFormat(name string) frontmatter.Format {
	switch strings.ToLower(path.Ext(name)) {
	case ".toml":
		return frontmatter.TOML
	case ".yaml", ".yml":
		return frontmatter.YAML
	case ".json":
		return frontmatter.JSON
	}
	return frontmatter.None
}

// nest places the configuration m of the file name where Hugo puts it: a
// file of a configuration directory holds the key it is named after
// (params.toml: params) or, named with a language, that language's
// (params.fr.toml: languages.fr.params; any name but params and menus
// stands for the language's whole configuration: languages.fr.toml).
func nest(name string, m map[string]any) map[string]any {
	if !strings.Contains(name, "/") {
		return m // the root file
	}
	base := strings.ToLower(strings.TrimSuffix(path.Base(name), path.Ext(name)))
	key, lang, _ := strings.Cut(base, ".")
	if key == "hugo" || key == "config" {
		return m
	}
	if lang == "" {
		return map[string]any{key: m}
	}
	switch key {
	case "menu", "menus":
		m = map[string]any{"menus": m}
	case "params":
		m = map[string]any{"params": m}
	}
	return map[string]any{"languages": map[string]any{lang: m}}
}

// readConfig reads the configuration file name as a tree of maps with
// lower-case keys, lists and strings (other scalars as written), with the
// project's own front matter parser: the file is read as front matter of
// its format.
func readConfig(fsys fs.FS, name string) (map[string]any, error) {
	f, err := fsys.Open(name)
	if err != nil {
		return nil, pathError("open", name, err)
	}
	defer f.Close()
	src, err := io.ReadAll(io.LimitReader(f, maxConfigSize+1))
	if err != nil {
		return nil, pathError("read", name, err)
	}
	if len(src) > maxConfigSize {
		return nil, pathError("read", name, fmt.Errorf("larger than %d MiB, too large for a configuration", maxConfigSize>>20))
	}
	src = bytes.TrimPrefix(src, []byte("\ufeff"))
	format := configFormat(name)
	doc, shift, err := asFrontMatter(src, format)
	if err == nil {
		var meta *frontmatter.Map
		if meta, err = doc.Meta(); err == nil {
			return tree(meta), nil
		}
	}
	var fe *frontmatter.Error
	if errors.As(err, &fe) {
		e := *fe
		e.Path, e.Line, e.Msg = name, max(e.Line-shift, 1), shiftFirstLine(e.Msg, shift)
		return nil, &e
	}
	return nil, pathError("read", name, err)
}

// shiftFirstLine returns the message of a duplicate key, which names the
// line of the first one ("duplicate key "a" (first at line 3)"), with
// that line moved up by shift; any other message as it is.
func shiftFirstLine(msg string, shift int) string {
	const ref = "(first at line "
	before, after, ok := strings.Cut(msg, ref)
	digits, rest, _ := strings.Cut(after, ")")
	n, err := strconv.Atoi(digits)
	if !ok || err != nil || shift == 0 {
		return msg
	}
	return fmt.Sprintf("%s%s%d)%s", before, ref, max(n-shift, 1), rest)
}

// asFrontMatter parses the configuration src as front matter in format f,
// and returns it with the lines added before src, to subtract from the
// lines of errors.
func asFrontMatter(src []byte, f frontmatter.Format) (*frontmatter.Document, int, error) {
	var open, closing string
	switch f {
	case frontmatter.JSON:
		src = bytes.TrimLeft(src, " \t\r\n")
		if len(src) == 0 {
			src = []byte("{}")
		}
	case frontmatter.TOML:
		open, closing = "+++\n", "\n+++\n"
	default:
		// A YAML file may open with a document marker, which then opens
		// the front matter.
		open, closing = "---\n", "\n---\n"
		if rest, ok := bytes.CutPrefix(src, []byte("---")); ok && len(bytes.TrimSpace(firstLine(rest))) == 0 {
			open = ""
		}
	}
	doc, err := frontmatter.Parse(slices.Concat([]byte(open), src, []byte(closing)))
	shift := strings.Count(open, "\n")
	switch {
	case err != nil:
		return nil, shift, err
	case len(bytes.TrimSpace(doc.Body())) > 0:
		line, _ := doc.BodyPosition(1, 1)
		return nil, shift, &frontmatter.Error{Line: line - 1, Col: 1, Msg: "the configuration ends here, before the end of the file (a line that ends a front matter, or a second YAML document)"}
	}
	return doc, shift, nil
}

// firstLine returns b up to its first newline, included.
func firstLine(b []byte) []byte {
	if i := bytes.IndexByte(b, '\n'); i >= 0 {
		return b[:i+1]
	}
	return b
}

// tree returns m as maps with lower-case keys, as Hugo reads its
// configuration, lists and strings.
func tree(m *frontmatter.Map) map[string]any {
	out := make(map[string]any, m.Len())
	for _, k := range m.Keys() {
		out[strings.ToLower(k)] = value(m.Get(k))
	}
	return out
}

func value(n *frontmatter.Node) any {
	switch n.Kind() {
	case frontmatter.MapKind:
		return tree(n.Map())
	case frontmatter.ListKind:
		items := make([]any, len(n.Items()))
		for i, it := range n.Items() {
			items[i] = value(it)
		}
		return items
	}
	return n.Str()
}

// merge sets the values of src into dst, merging maps, as Hugo merges its
// configuration files.
func merge(dst, src map[string]any) {
	for k, v := range src {
		d, dok := dst[k].(map[string]any)
		s, sok := v.(map[string]any)
		if dok && sok {
			merge(d, s)
		} else {
			dst[k] = v
		}
	}
}

// str returns the string at key in m, "" when there is none.
func str(m map[string]any, key string) string {
	s, _ := m[key].(string)
	return strings.TrimSpace(s)
}

// taxonomies returns the plural names of the taxonomies cfg sets, at its
// root and in its languages, sorted; nil when it sets none.
func taxonomies(cfg map[string]any) []string {
	var names []string
	set := false
	for _, m := range append([]map[string]any{cfg}, languages(cfg)...) {
		t, ok := m["taxonomies"].(map[string]any)
		if !ok {
			continue
		}
		set = true
		for _, v := range t {
			if s, ok := v.(string); ok && s != "" && !slices.Contains(names, s) {
				names = append(names, s)
			}
		}
	}
	if !set {
		return nil
	}
	if names == nil {
		return []string{} // set to none: Hugo has no taxonomy
	}
	slices.Sort(names)
	return names
}

// languages returns the configurations of cfg's languages, in the order
// of their keys.
func languages(cfg map[string]any) []map[string]any {
	langs, _ := cfg["languages"].(map[string]any)
	var out []map[string]any
	for _, k := range slices.Sorted(maps.Keys(langs)) {
		if m, ok := langs[k].(map[string]any); ok {
			out = append(out, m)
		}
	}
	return out
}

// contentDirs returns the directories that hold the content of the site
// configured by cfg: the sources of the mounts on content when there are
// any (Hugo then ignores contentDir), else the contentDir of each
// language, or of the site; cleaned, sorted, none inside another.
func contentDirs(cfg map[string]any) ([]string, error) {
	dirs := contentMounts(cfg)
	if dirs == nil {
		root := cmp.Or(str(cfg, "contentdir"), "content")
		dirs = []string{root}
		if langs := languages(cfg); len(langs) > 0 {
			dirs = dirs[:0]
			for _, l := range langs {
				dirs = append(dirs, cmp.Or(str(l, "contentdir"), root))
			}
		}
	}
	for i, d := range dirs {
		d = path.Clean(d)
		if !fs.ValidPath(d) {
			return nil, fmt.Errorf("content directory %q is outside the site: convert it by naming it", dirs[i])
		}
		dirs[i] = d
	}
	slices.Sort(dirs)
	dirs = slices.Compact(dirs)
	return slices.DeleteFunc(dirs, func(d string) bool {
		return slices.ContainsFunc(dirs, func(p string) bool { return p != d && (p == "." || strings.HasPrefix(d, p+"/")) })
	}), nil
}

// contentMounts returns the sources of cfg's module mounts on content, or
// nil when there are none.
func contentMounts(cfg map[string]any) []string {
	module, _ := cfg["module"].(map[string]any)
	mounts, _ := module["mounts"].([]any)
	var dirs []string
	for _, m := range mounts {
		mount, _ := m.(map[string]any)
		target := path.Clean(str(mount, "target"))
		if source := str(mount, "source"); source != "" && (target == "content" || strings.HasPrefix(target, "content/")) {
			dirs = append(dirs, source)
		}
	}
	return dirs
}
