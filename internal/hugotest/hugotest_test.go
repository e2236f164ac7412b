package hugotest

import (
	"context"
	"slices"
	"strings"
	"testing"
)

func TestRelease(t *testing.T) {
	for in, want := range map[string]string{
		"hugo v0.160.0+extended linux/amd64 BuildDate=2025-01-01T00:00:00Z\n": "v0.160.0",
		"hugo v0.160.1 darwin/arm64\n":                                        "v0.160.1",
		"hugo v0.123.8-abc+extended linux/amd64\n":                            "v0.123.8-abc",
		"Hugo Static Site Generator v0.54.0 linux/amd64\n":                    "Hugo Static Site Generator v0.54.0 linux/amd64",
		"": "",
	} {
		if got := Release(in); got != want {
			t.Errorf("Release(%q) = %q, want %q", in, got, want)
		}
	}
	if release != "v0.160." {
		t.Errorf("release line of %s = %q", Version, release)
	}
}

// TestCommandIsHermetic checks that a build sees none of the HUGO_*
// variables nor the proxies of the environment, and reaches no network.
func TestCommandIsHermetic(t *testing.T) {
	t.Setenv("HUGO_ENVIRONMENT", "staging")
	t.Setenv("https_proxy", "http://proxy.example:3128")
	cmd := Command(context.Background(), "hugo", "/site", "--quiet")
	if want := []string{"build", "--source", "/site", "--cacheDir", "/site/cache", "--noBuildLock", "--quiet"}; !slices.Equal(cmd.Args[1:], want) {
		t.Errorf("args %q, want %q", cmd.Args[1:], want)
	}
	for _, kv := range cmd.Env {
		if strings.HasPrefix(kv, "HUGO_") || strings.HasPrefix(kv, "https_proxy=") {
			t.Errorf("the build sees %s", kv)
		}
	}
	if !slices.Contains(cmd.Env, "HTTPS_PROXY=http://127.0.0.1:1") {
		t.Errorf("the build may reach the network: %q", cmd.Env)
	}
}

// TestSiteBuild builds a one-page site with the judge.
func TestSiteBuild(t *testing.T) {
	s := NewSite(t, map[string]string{
		"hugo.toml":          "baseURL = 'https://example.org/'\ndisableKinds = ['home', 'section', 'taxonomy', 'term', 'rss', 'sitemap', '404']\n",
		"layouts/page.html":  "{{ .Title }}|{{ .Content }}",
		"content/posts/p.md": "---\ntitle: Hello\n---\n*hi*\n",
	})
	if log, err := s.Build("--quiet"); err != nil {
		t.Fatalf("hugo: %v\n%s", err, log)
	}
	if got, want := s.ReadFile("public/posts/p/index.html"), "Hello|<p><em>hi</em></p>\n"; got != want {
		t.Errorf("page %q, want %q", got, want)
	}
}
