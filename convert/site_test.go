package convert

import (
	"errors"
	"io/fs"
	"slices"
	"testing"
	"testing/fstest"

	"github.com/google/go-cmp/cmp"
	"github.com/hugofmt/hugofmt/frontmatter"
)

// files returns a file system holding the files, name then content.
func files(nameContent ...string) fstest.MapFS {
	fsys := fstest.MapFS{}
	for i := 0; i+1 < len(nameContent); i += 2 {
		fsys[nameContent[i]] = &fstest.MapFile{Data: []byte(nameContent[i+1])}
	}
	return fsys
}

func TestReadSite(t *testing.T) {
	tests := []struct {
		name string
		fsys fstest.MapFS
		want *Site // nil: not a site root
	}{
		{"not a site", files("content/a.md", "a", "config.ini", "x = 1"), nil},
		{"empty hugo.toml: Hugo's defaults", files("hugo.toml", ""),
			&Site{Config: []string{"hugo.toml"}, ContentDirs: []string{"content"}}},
		{"toml, keys in any case", files("hugo.toml", "ContentDir = 'posts'\nTIMEZONE = \"Asia/Tokyo\"\n[Taxonomies]\n  tag = 'tags'\n  series = 'series'\n"),
			&Site{Config: []string{"hugo.toml"}, ContentDirs: []string{"posts"}, TimeZone: "Asia/Tokyo", Taxonomies: []string{"series", "tags"}}},
		{"yaml opened by a document marker", files("hugo.yaml", "---\ncontentDir: ./src/content/\ntimeZone: Europe/Paris\n"),
			&Site{Config: []string{"hugo.yaml"}, ContentDirs: []string{"src/content"}, TimeZone: "Europe/Paris"}},
		{"json, with a BOM", files("config.json", "\ufeff\n{\"timeZone\": \"UTC\", \"taxonomies\": {}}\n"),
			&Site{Config: []string{"config.json"}, ContentDirs: []string{"content"}, TimeZone: "UTC", Taxonomies: []string{}}},
		{"hugo.toml before config.toml, which Hugo does not read", files("hugo.toml", "", "config.toml", "contentDir = 'x'"),
			&Site{Config: []string{"hugo.toml"}, ContentDirs: []string{"content"}}},
		{"a content directory per language, nested ones walked once", files("hugo.toml", `
defaultContentLanguage = "en"
[languages.en]
  contentDir = "content/en"
  [languages.en.taxonomies]
    tag = "tags"
[languages.fr]
  contentDir = "content/fr"
  [languages.fr.taxonomies]
    etiquette = "etiquettes"
[languages.de]
  timeZone = "Europe/Berlin"
`), &Site{Config: []string{"hugo.toml"}, ContentDirs: []string{"content"}, Taxonomies: []string{"etiquettes", "tags"}}},
		{"languages without the site's own", files("hugo.toml", "contentDir = 'unused'\n[languages.en]\ncontentDir = 'en'\n[languages.ja]\ncontentDir = 'ja'\n"),
			&Site{Config: []string{"hugo.toml"}, ContentDirs: []string{"en", "ja"}}},
		{"configuration directory, production over default", files(
			"hugo.toml", "timeZone = 'UTC'\ncontentDir = 'a'",
			"config/_default/hugo.toml", "timeZone = 'Asia/Tokyo'",
			"config/_default/languages.yaml", "en:\n  contentDir: content/en\nja:\n  contentDir: content/ja\n",
			"config/_default/params.ja.toml", "contentDir = 'not a language setting'",
			"config/_default/taxonomies.json", `{"tag": "tags", "series": "series"}`,
			"config/_default/README.md", "not a configuration",
			"config/development/hugo.toml", "timeZone = 'Europe/Paris'",
			"config/production/hugo.toml", "timeZone = 'America/New_York'",
		), &Site{
			Config:      []string{"hugo.toml", "config/_default/hugo.toml", "config/_default/languages.yaml", "config/_default/params.ja.toml", "config/_default/taxonomies.json", "config/production/hugo.toml"},
			ContentDirs: []string{"content/en", "content/ja"},
			TimeZone:    "America/New_York",
			Taxonomies:  []string{"series", "tags"},
		}},
		{"a language's file", files("config/_default/config.toml", "", "config/_default/languages.fr.toml", "contentDir = 'contenu'\n", "config/_default/fr.toml", "contentDir = 'not a language'\n"),
			&Site{Config: []string{"config/_default/config.toml", "config/_default/fr.toml", "config/_default/languages.fr.toml"}, ContentDirs: []string{"contenu"}}},
		{"module mounts on content replace contentDir", files("hugo.toml", `
contentDir = "ignored"
[[module.mounts]]
  source = "docs"
  target = "content"
[[module.mounts]]
  source = "blog/posts"
  target = "content/posts"
[[module.mounts]]
  source = "assets"
  target = "assets"
`), &Site{Config: []string{"hugo.toml"}, ContentDirs: []string{"blog/posts", "docs"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ReadSite(tt.fsys, ".")
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("ReadSite (-want +got):\n%s", diff)
			}
		})
	}
}

func TestReadSiteInSubdirectory(t *testing.T) {
	fsys := files("blog/hugo.toml", "contentDir = 'posts'", "blog/config/_default/params.toml", "x = 1")
	got, err := ReadSite(fsys, "blog")
	if err != nil {
		t.Fatal(err)
	}
	want := &Site{Config: []string{"hugo.toml", "config/_default/params.toml"}, ContentDirs: []string{"posts"}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("ReadSite (-want +got):\n%s", diff)
	}
}

// TestReadSiteErrors checks that a configuration ReadSite cannot read is an
// error at its place in the file, named by its path in the fs.
func TestReadSiteErrors(t *testing.T) {
	tests := []struct {
		name string
		fsys fstest.MapFS
		want string
	}{
		{"invalid toml", files("site/hugo.toml", "title = 'x'\n\ntimeZone = \n"), "site/hugo.toml:3:12: invalid TOML: "},
		{"duplicate toml key", files("site/hugo.toml", "title = 'x'\n\ntitle = 'y'\n"), `site/hugo.toml:3:1: duplicate key "title" (first at line 1)`},
		{"duplicate yaml key", files("site/hugo.yaml", "title: x\ntitle: y\n"), `site/hugo.yaml:2:1: duplicate key "title" (first at line 1)`},
		{"invalid yaml", files("site/hugo.yaml", "title: x\ntaxonomies: [a\n"), "site/hugo.yaml:2:1: invalid YAML: "},
		{"duplicate yaml key after a marker", files("site/hugo.yaml", "---\ntitle: x\n\ntitle: y\n"), `site/hugo.yaml:4:1: duplicate key "title" (first at line 2)`},
		{"invalid json", files("site/hugo.json", "{\n  \"a\": 1,\n}\n"), "site/hugo.json:3:1: invalid JSON: "},
		{"a second yaml document", files("site/hugo.yaml", "title: x\n---\ntitle: y\n"), "site/hugo.yaml:2:1: the configuration ends here"},
		{"in the configuration directory", files("site/hugo.toml", "", "site/config/_default/menus.toml", "[[main]\n"), "site/config/_default/menus.toml:1:8: invalid TOML: "},
		{"content outside the site", files("site/hugo.toml", "contentDir = '../content'"), `read site/hugo.toml: content directory "../content" is outside the site`},
		{"content mounted from outside", files("site/hugo.toml", "[[module.mounts]]\nsource = '/srv/posts'\ntarget = 'content'\n"), `read site/hugo.toml: content directory "/srv/posts" is outside the site`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			site, err := ReadSite(tt.fsys, "site")
			if err == nil {
				t.Fatalf("no error; site %+v", site)
			}
			if got := err.Error(); len(got) < len(tt.want) || got[:len(tt.want)] != tt.want {
				t.Errorf("error %q, want it to start with %q", got, tt.want)
			}
			var fe *frontmatter.Error
			var pe *fs.PathError
			if !errors.As(err, &fe) && !errors.As(err, &pe) {
				t.Errorf("error of type %T", err)
			}
		})
	}
}

// TestWalkSite checks that a site root is walked in the content
// directories its configuration gives, and that a configuration that
// cannot be read, or a site without its content, is an error and no walk.
func TestWalkSite(t *testing.T) {
	tree := []string{
		"content/a.md", "content/en/b.md", "content/fr/c.md", "posts/d.md", "docs/e.md",
		"layouts/_default/single.html", "themes/t/layouts/index.html", "README.md",
	}
	tests := []struct {
		name   string
		config []string // name, content
		want   []string // paths, and errors as "path: error"
	}{
		{"contentDir", []string{"hugo.toml", "contentDir = 'posts'"}, []string{"posts/d.md"}},
		{"languages", []string{"hugo.yaml", "languages:\n  en: {contentDir: content/en}\n  fr: {contentDir: content/fr}\n  ja: {contentDir: content/ja}\n"},
			[]string{"content/en/b.md", "content/fr/c.md"}},
		{"mounts, of directories and files", []string{"hugo.toml", "[[module.mounts]]\nsource = 'docs'\ntarget = 'content'\n[[module.mounts]]\nsource = 'posts'\ntarget = 'content/posts'\n[[module.mounts]]\nsource = 'README.md'\ntarget = 'content/about.md'\n"},
			[]string{"README.md", "docs/e.md", "posts/d.md"}},
		{"no content", []string{"hugo.toml", "contentDir = 'nowhere'"},
			[]string{"nowhere: open nowhere: the site's content directory does not exist"}},
		{"bad configuration", []string{"hugo.toml", "contentDir = 'posts'", "config/_default/hugo.yaml", "contentDir: [posts\n"},
			[]string{"config/_default/hugo.yaml: config/_default/hugo.yaml:1:1: invalid YAML: did not find expected ',' or ']'"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fsys := mapFS(tree...)
			for name, f := range files(tt.config...) {
				fsys[name] = f
			}
			var got []string
			for r := range (&Walker{}).Walk(fsys, ".") {
				if r.Err != nil {
					got = append(got, r.Path+": "+r.Err.Error())
				} else {
					got = append(got, r.Path)
				}
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("got  %q\nwant %q", got, tt.want)
			}
		})
	}
}
