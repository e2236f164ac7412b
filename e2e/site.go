package e2e

import (
	"embed"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
)

// themeFS holds the suite's theme: the one layout that publishes, per page,
// what Hugo decoded and rendered (theme/layouts/all.html).
//
//go:embed theme
var themeFS embed.FS

// legacyFS holds stand-ins for shortcodes Hugo has removed, as Hugo last
// shipped them, for BEFORE sites only.
//
//go:embed legacy
var legacyFS embed.FS

// themeName is the name the suite's theme goes by in every project.
const themeName = "hugofmt-e2e"

// A project is a throwaway Hugo project the suite builds: its content
// comes from a case, its layout and configuration from the suite.
type project struct {
	dir string
	// unsafe renders raw HTML in Markdown, as the site did when its posts
	// were written. Without it Hugo keeps its safe default.
	unsafe bool
	// legacy adds the stand-ins for removed shortcodes (see legacyFS).
	legacy bool
	// stubs are the theme shortcodes to stand in for, by name, with
	// whether they take inner content (see themeShortcodes).
	stubs map[string]bool
	// config is the case's own configuration, appended to hugo.toml.
	config string
}

// write writes p's configuration and theme into p.dir. The content is the
// caller's: write does not touch p.dir/content.
func (p project) write() error {
	cfg := fmt.Sprintf(`# Written by the hugofmt end-to-end suite.
baseURL = "https://example.org/"
title = "hugofmt e2e"
theme = %q
disableKinds = ["rss", "sitemap", "robotsTXT", "404"]
ignoreLogs = ["warning-goldmark-raw-html"]

# Offline and repeatable: no template may fetch from the network. The x
# shortcode then renders nothing, as it does for any reader Hugo cannot
# reach X for.
[security.http]
urls = ["none"]

[markup.goldmark.renderer]
unsafe = %t

%s`, themeName, p.unsafe, p.config)
	if err := os.WriteFile(filepath.Join(p.dir, "hugo.toml"), []byte(cfg), 0o644); err != nil {
		return err
	}
	theme := filepath.Join(p.dir, "themes", themeName)
	sub, err := fs.Sub(themeFS, "theme")
	if err != nil {
		return err
	}
	if err := os.CopyFS(theme, sub); err != nil {
		return err
	}
	shortcodes := filepath.Join(theme, "layouts", "_shortcodes")
	for name, inner := range p.stubs {
		if err := writeFile(filepath.Join(shortcodes, filepath.FromSlash(name)+".html"), stubTemplate(inner)); err != nil {
			return err
		}
	}
	if p.legacy {
		sub, err := fs.Sub(legacyFS, "legacy")
		if err != nil {
			return err
		}
		return os.CopyFS(shortcodes, sub)
	}
	return nil
}

// writeFile writes data to path, making the directories it needs.
func writeFile(path, data string) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	return os.WriteFile(path, []byte(data), 0o644)
}

// A Mount copies part of a content tree into a site's content directory.
type Mount struct {
	// Source is a directory, relative to the e2e directory or absolute.
	Source string
	// Target is where its files go, relative to the site's content
	// directory; "" is the content directory itself.
	Target string
}

// copyContent copies the mounts into dir/content, keeping every byte
// (CRLF, BOM). The sources are only read.
func copyContent(dir string, mounts []Mount) error {
	for _, m := range mounts {
		dst := filepath.Join(dir, "content", filepath.FromSlash(m.Target))
		if err := os.CopyFS(dst, os.DirFS(m.Source)); err != nil {
			return fmt.Errorf("copying %s: %w", m.Source, err)
		}
	}
	return nil
}
