package embed

import (
	"strings"
	"testing"
)

// FuzzProviders shows every element of any HTML to every provider: none
// may panic, and what one returns must be a shortcode it can stand behind:
// a name, no more elements consumed than follow, and a rendering (and a
// caption) that stays on one line.
func FuzzProviders(f *testing.F) {
	for _, tests := range allProviderTests() {
		for _, tt := range tests {
			f.Add(tt.html)
		}
	}
	reg, err := Default().With(Iframes())
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, frag string) {
		els := parseElements([]byte(frag))
		for i, el := range els {
			e := &Embed{Element: el, Next: els[i+1:]}
			for _, p := range reg.Providers() {
				sc, ok := p.Match(e)
				if !ok || sc.Skip != "" {
					continue
				}
				if sc.Name == "" || sc.Consumed < 0 || sc.Consumed > len(e.Next) {
					t.Fatalf("%s returned %+v for %q", p.Name(), sc, frag)
				}
				if s := sc.String(); strings.ContainsAny(s+sc.Caption, "\r\n") {
					t.Fatalf("%s renders over several lines: %q, caption %q", p.Name(), s, sc.Caption)
				}
			}
		}
	})
}
