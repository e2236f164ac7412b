package e2e

import (
	"maps"
	"slices"
	"testing"
	"testing/fstest"
)

func TestShortcodeCalls(t *testing.T) {
	src := []byte(`{{< new-in 0.1 />}} {{< note >}}inner{{< /note >}}
{{% include "/_common/x.md" %}} {{</* youtube abc */>}} {{%/* param */%}}
{{ .Title }} {{< docs/figure src="a" >}} {{< foo.inline >}}{{< /foo.inline >}}
{{<tight/>}} {{< /  spaced  >}}`)
	want := []shortcodeCall{
		{"new-in", true}, {"note", false}, {"note", true},
		{"include", false}, {"docs/figure", false},
		{"tight", true}, {"spaced", true},
	}
	if got := shortcodeCalls(src); !slices.Equal(got, want) {
		t.Errorf("shortcodeCalls:\n got %v\nwant %v", got, want)
	}
}

func TestThemeShortcodes(t *testing.T) {
	fsys := fstest.MapFS{
		"content/a.md":   {Data: []byte("{{< youtube abc >}} {{< note >}}x{{< /note >}} {{< badge >}}")},
		"content/b/c.md": {Data: []byte("{{% note %}}y{{% /note %}} {{< gist a b >}} {{< figure src=x >}}")},
	}
	got, err := themeShortcodes(fsys, "content")
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]bool{"note": true, "badge": false}
	if !maps.Equal(got, want) {
		t.Errorf("themeShortcodes = %v, want %v (built-ins are Hugo's, never stubbed)", got, want)
	}
}
