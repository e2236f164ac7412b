package convert

import (
	"maps"
	"slices"
	"testing"
)

// TestShortcodes checks the shortcodes a file is noted to call: as Hugo's
// lexer finds them (in code too, where Hugo runs them; nested ones; not
// the escaped ones, which Hugo prints), each once, in order, after the
// conversion; and only when asked.
func TestShortcodes(t *testing.T) {
	src := "---\ntitle: x\n---\n" +
		"{{< gist ada 0123 >}}\n\n" +
		"{{% details summary=\"s\" %}}{{< xpost user=\"a\" id=\"1\" >}}t{{< /xpost >}}{{% /details %}}\n\n" +
		"```\n{{< gist ada 4567 >}}\n```\n\n" +
		"Write {{</* callout */>}} to call it.\n\n" +
		"<script async class=\"speakerdeck-embed\" data-id=\"0123456789abcdef0123456789abcdef\" src=\"//speakerdeck.com/assets/embed.js\"></script>\n"
	want := []string{"gist", "details", "xpost", "speakerdeck"}

	tr, err := New(Options{Shortcodes: true})
	if err != nil {
		t.Fatal(err)
	}
	_, rep, err := Bytes(tr, []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(rep.Shortcodes, want) {
		t.Errorf("Shortcodes = %q, want %q", rep.Shortcodes, want)
	}

	var sum Summary
	sum.Add(Result{Report: rep})
	sum.Add(Result{Report: rep})
	if want := map[string]int{"gist": 2, "details": 2, "xpost": 2, "speakerdeck": 2}; !maps.Equal(sum.Shortcodes, want) {
		t.Errorf("Summary.Shortcodes = %v, want %v", sum.Shortcodes, want)
	}

	tr, err = New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	if _, rep, _ = Bytes(tr, []byte(src)); rep.Shortcodes != nil {
		t.Errorf("Shortcodes = %q, not asked for", rep.Shortcodes)
	}
	if _, rep, _ = Bytes(Shortcodes(), []byte("no call {{ .Title }}\n")); rep.Shortcodes != nil {
		t.Errorf("Shortcodes = %q in a file without shortcodes", rep.Shortcodes)
	}
}
