package migrate

import (
	"bytes"
	"testing"
)

// searchEnd is findEnd's search in the raw text, tag by tag, for the first
// tag named name from offset from: what tagChain.next must answer.
func searchEnd(text []byte, from int, name string) (liquidTag, bool) {
	for pos := from; pos < len(text); {
		i := bytes.Index(text[pos:], []byte("{%"))
		if i < 0 {
			break
		}
		t, ok := lexTag(text, pos+i)
		if !ok {
			pos += i + 2
			continue
		}
		if t.name == name {
			return t, true
		}
		pos = t.end
	}
	return liquidTag{}, false
}

// checkChain compares the chain's answers with searchEnd's from every
// offset of text.
func checkChain(t *testing.T, c *tagChain, text []byte) {
	t.Helper()
	for _, name := range []string{"endraw", "endhighlight", "raw", "x"} {
		for from := 0; from <= len(text); from++ {
			got, found, known := c.next(text, from, name)
			if !known {
				continue // inside a tag: findEnd searches itself
			}
			want, wantFound := searchEnd(text, from, name)
			if found != wantFound || got != want {
				t.Fatalf("%q: next %q from %d = %+v %v, want %+v %v", text, name, from, got, found, want, wantFound)
			}
		}
	}
}

func FuzzTagChain(f *testing.F) {
	for _, s := range []string{
		"{% raw %}a{% endraw %}b{% raw %}\n{% endraw %}",
		"{% highlight go %}\n{% raw {% endraw %}\n{% endhighlight %}",
		"{%{% raw %}%}{% endraw",
		"{% raw %}\n\n{% endraw %}{%- endraw -%}",
		"{% endhighlight %}{% x %}{% endraw %}",
	} {
		f.Add(s, 3, 8, "")
	}
	f.Fuzz(func(t *testing.T, s string, at, end int, repl string) {
		text := []byte(s)
		var c tagChain
		checkChain(t, &c, text)
		// An edit, as a pass makes it: the chain cut back, then asked again.
		if len(text) == 0 {
			return
		}
		at, end = int(uint(at)%uint(len(text))), int(uint(end)%uint(len(text)))
		if at > end {
			at, end = end, at
		}
		edited := append(append(append([]byte{}, text[:at]...), repl...), text[end:]...)
		c.cut(at)
		checkChain(t, &c, edited)
	})
}
