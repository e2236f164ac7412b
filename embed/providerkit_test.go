package embed

import (
	"slices"
	"strconv"
	"strings"
	"testing"
)

// A matchTest is one embed shown to one provider.
type matchTest struct {
	name string
	html string // the candidate element, then what follows it in the HTML block
	// want is the shortcode the provider must return, rendered; "" when it
	// must not recognise the embed; "skip: WORDS" when it must leave it with
	// a reason that holds WORDS.
	want     string
	consumed int    // how many of the following elements the shortcode replaces, or the skip leaves with it
	caption  string // the shortcode's caption
}

// testMatch shows each test's embed to p, as Rewrite would: the first
// element of the HTML is the candidate, the others its Next.
func testMatch(t *testing.T, p Provider, tests []matchTest) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			els := parseElements([]byte(tt.html))
			if len(els) == 0 {
				t.Fatalf("no element in %q", tt.html)
			}
			sc, ok := p.Match(&Embed{Element: els[0], Next: els[1:], Line: 1, Col: 1})
			switch {
			case tt.want == "":
				if ok {
					t.Fatalf("%s recognised it: %+v", p.Name(), sc)
				}
			case !ok:
				t.Fatalf("%s did not recognise it; want %s", p.Name(), tt.want)
			case strings.HasPrefix(tt.want, "skip: "):
				if sc.Skip == "" || !strings.Contains(sc.Skip, strings.TrimPrefix(tt.want, "skip: ")) {
					t.Fatalf("got %+v, want a skip saying %q", sc, strings.TrimPrefix(tt.want, "skip: "))
				}
				if sc.Consumed != tt.consumed {
					t.Errorf("left %d elements after it with it, want %d", sc.Consumed, tt.consumed)
				}
			default:
				if sc.Skip != "" {
					t.Fatalf("skipped: %s", sc.Skip)
				}
				if got := sc.String(); got != tt.want {
					t.Errorf("got  %s\nwant %s", got, tt.want)
				}
				if sc.Consumed != tt.consumed {
					t.Errorf("consumed %d elements after it, want %d", sc.Consumed, tt.consumed)
				}
				if sc.Caption != tt.caption {
					t.Errorf("caption %q, want %q", sc.Caption, tt.caption)
				}
			}
		})
	}
}

// allProviderTests returns the real-world embeds of every provider's
// tests, by provider.
func allProviderTests() map[Provider][]matchTest {
	return map[Provider][]matchTest{
		amazon{}: amazonTests, amazonCard{}: amazonCardTests, bluesky{}: blueskyTests, canva{}: canvaTests, codepen{}: codepenTests,
		codesandbox{}: codesandboxTests, docswell{}: docswellTests, flickr{}: flickrTests,
		googleDocs{}: googleDocsTests, googleMaps{}: googleMapsTests, googleSlides{}: googleSlidesTests,
		hatena{}: hatenaTests, iframely{}: iframelyTests, Iframes(): iframesTests, jsbin{}: jsbinTests,
		jsfiddle{}: jsfiddleTests, linkedin{}: linkedinTests, niconico{}: niconicoTests,
		note{}: noteTests, soundcloud{}: soundcloudTests, spotify{}: spotifyTests,
	}
}

func TestSizes(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"560", "560"}, {"560px", "560"}, {" 352 ", "352"}, {"286.4PX", "286"},
		{"100%", ""}, {"auto", ""}, {"", ""}, {"-3", ""}, {"1e9", ""},
	} {
		if got := pixels(tt.in); got != tt.want {
			t.Errorf("pixels(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	f := parseElements([]byte(`<iframe style="width:120px;height:240px !important;" width="100%"></iframe>`))[0]
	if w, h := size(f); w != "120" || h != "240" {
		t.Errorf("size = %q, %q; want 120, 240", w, h)
	}
	for _, tt := range []struct{ in, want string }{
		{" 56.2500% ", "1.7777777777777777"}, {"50%", "2"}, {"0%", ""}, {"56.25", ""}, {"", ""},
	} {
		if got := paddingRatio(tt.in); got != tt.want {
			t.Errorf("paddingRatio(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestSpan(t *testing.T) {
	// A bare wrapper stands for what it holds; the elements after it are
	// reached only once all of those are taken.
	els := parseElements([]byte(`<p><iframe src="a"></iframe><cite>c</cite></p><script src="s"></script><hr>`))
	s := spanOf(&Embed{Element: els[0], Next: els[1:]})
	if s.take(tagged("script")) != nil {
		t.Fatal("took the script before the wrapper's elements")
	}
	if s.take(tagged("iframe")) == nil || s.whole() {
		t.Fatal("iframe not taken, or the wrapper counted whole with its cite left")
	}
	if s.takeRun(tagged("cite"), tagged("hr")) != nil {
		t.Fatal("takeRun took a run that does not match")
	}
	if s.takeRun(tagged("cite"), tagged("script")) == nil || !s.whole() || s.consumed != 1 {
		t.Fatalf("takeRun: whole %v, consumed %d", s.whole(), s.consumed)
	}

	// A wrapper with text of its own is not bare.
	els = parseElements([]byte(`<div>Look: <iframe src="a"></iframe></div>`))
	if got := spanOf(&Embed{Element: els[0]}).own; len(got) != 1 || got[0].Tag != "div" {
		t.Errorf("unwrap of a wrapper with text = %v", got)
	}
	// Nested wrappers around one element unwrap to it.
	els = parseElements([]byte("<div class=\"r\">\n  <div><iframe src=\"a\"></iframe></div>\n</div>"))
	wrappers, got := unwrap(els[0])
	if len(got) != 1 || got[0].Tag != "iframe" || len(wrappers) != 2 {
		t.Errorf("unwrap of nested wrappers = %v, %v", wrappers, got)
	}
	// A wrapper can be taken whole: a widget's <div class> looks like one.
	s = spanOf(&Embed{Element: els[0]})
	if w := s.take(func(e *Element) bool { return e.HasClass("r") }); w != els[0] || !s.whole() {
		t.Errorf("taking the outer wrapper = %v, whole %v", w, s.whole())
	}
}

func TestSkipInWrapper(t *testing.T) {
	// A wrapper holding an embed a provider leaves and another one is not
	// left whole: its elements are looked at one by one.
	body := []byte("<div>\n<iframe src=\"https://codepen.io/jane/embed/\"></iframe>\n<iframe src=\"https://open.spotify.com/embed/track/4cOdK2wGLETKBW3PvgPWqT\"></iframe>\n</div>\n")
	out, findings, err := Default().Rewrite(body)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, f := range findings {
		got = append(got, f.Provider+" "+strconv.FormatBool(f.Converted))
	}
	if want := []string{"codepen false", "spotify true"}; !slices.Equal(got, want) {
		t.Errorf("findings %v, want %v; output:\n%s", got, want, out)
	}
}
