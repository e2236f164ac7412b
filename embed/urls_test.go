package embed

import "testing"

// domainsOfProviders are domains the providers look for.
var domainsOfProviders = []string{"youtube.com", "vimeo.com", "x.com", "twitter.com", "speakerdeck.com", "slideshare.net", "instagram.com"}

// FuzzMayBeOn holds the shortcut of urlOn and srcOn to parsing: a URL
// mayBeOn rules out is never on the domain once parsed.
func FuzzMayBeOn(f *testing.F) {
	for _, s := range []string{
		"https://www.youtube.com/embed/x", "//WWW.YouTube.COM/embed/x", "https://youtu.be/x",
		"https://www.youtube%2Ecom/embed/x", "https://spea\u212aerdeck.com/player/1", // a Kelvin sign, "k" lower-cased
		"https://youtube.com@evil.example/x", "http://x.com/a/status/1", "https://X.COM/a",
		"  https://player.vimeo.com/video/1  ", "https://vimeo.com.evil.example/", "",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, d := range domainsOfProviders {
			if mayBeOn(s, []string{d}) {
				continue
			}
			if u, ok := parseURL(s); ok && hostIs(u, d) {
				t.Errorf("mayBeOn(%q, %q) = false, but its host is %q", s, d, u.Host)
			}
		}
	})
}

func TestMayBeOn(t *testing.T) {
	for _, c := range []struct {
		url    string
		domain string
		want   bool
	}{
		{"https://www.youtube.com/embed/x", "youtube.com", true},
		{"//WWW.YouTube.COM/embed/x", "youtube.com", true},
		{"https://www.youtube%2Ecom/embed/x", "youtube.com", true},
		{"https://speakerdeck.com/player/1", "youtube.com", false},
		{"https://spea\u212aerdeck.com/player/1", "speakerdeck.com", true}, // a Kelvin sign
		{"https://player.vimeo.com/video/1", "x.com", false},
	} {
		if got := mayBeOn(c.url, []string{c.domain}); got != c.want {
			t.Errorf("mayBeOn(%q, %q) = %v, want %v", c.url, c.domain, got, c.want)
		}
	}
}
