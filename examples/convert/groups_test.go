package main

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"
)

func TestGroups(t *testing.T) {
	t.Chdir(t.TempDir())
	os.MkdirAll(filepath.Join("site", "content"), 0o755)
	tests := []struct {
		paths []string
		want  []group
	}{
		{[]string{"site"}, []group{{"site", []string{"."}}}},
		{[]string{"a.md", "b.md", "posts/c.md", "posts/d.md", "a.md"}, []group{{".", []string{"a.md", "b.md"}}, {"posts/", []string{"c.md", "d.md"}}}},
		{[]string{"a.md", "site", "b.md"}, []group{{".", []string{"a.md"}}, {"site", []string{"."}}, {".", []string{"b.md"}}}},
		{[]string{"site", "site/content"}, []group{{"site", []string{"."}}, {"site/content", []string{"."}}}},
		{[]string{"x/"}, []group{{"x/", []string{"."}}}},
	}
	for _, tt := range tests {
		if got := groups(tt.paths); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("groups(%q) = %v, want %v", tt.paths, got, tt.want)
		}
	}
}
