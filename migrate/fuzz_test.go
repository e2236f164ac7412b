package migrate

import (
	"bytes"
	"testing"
)

// FuzzRules applies every rule, in order, to any body: no rule panics,
// none reports a position outside the body, and the output is stable,
// every rule leaving it as it is on a second run. The seeds are in
// testdata/fuzz/FuzzRules.
func FuzzRules(f *testing.F) {
	f.Add([]byte("{% highlight ruby %}\n```\n{% endhighlight %}\n:::message\n@[youtube](x)\n:::\n"))
	rules := Rules()
	f.Fuzz(func(t *testing.T, body []byte) {
		out := body
		for _, r := range rules {
			var findings []Finding
			in := out
			out, findings = r.Rewrite(in)
			lines := bytes.Count(in, []byte("\n")) + 1
			for _, fd := range findings {
				if fd.Line < 1 || fd.Line > lines || fd.Col < 1 {
					t.Fatalf("%s: finding outside the body: %v", r.Name(), fd)
				}
			}
		}
		for _, r := range rules {
			again, findings := r.Rewrite(out)
			if !bytes.Equal(again, out) {
				t.Fatalf("%s is not idempotent:\nfirst:\n%q\nsecond:\n%q\nfindings: %v", r.Name(), out, again, findings)
			}
		}
	})
}
