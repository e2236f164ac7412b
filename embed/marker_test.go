package embed

import (
	"bytes"
	"slices"
	"testing"
)

// markedLink is a Marker that claims <a> elements holding "data-thing".
type markedLink struct{}

func (markedLink) Name() string                   { return "markedlink" }
func (markedLink) Match(*Embed) (Shortcode, bool) { return Shortcode{}, false }
func (markedLink) Tags() []string                 { return []string{"a"} }
func (markedLink) Markers() []string              { return []string{"data-thing"} }

// anyLink is a Tagger that claims every <a>.
type anyLink struct{}

func (anyLink) Name() string                   { return "anylink" }
func (anyLink) Match(*Embed) (Shortcode, bool) { return Shortcode{}, false }
func (anyLink) Tags() []string                 { return []string{"a"} }

func TestMarkers(t *testing.T) {
	body := []byte("<a href=\"x\">x</a> <A\n  DATA-Thing=\"1\" href=\"y\">y</a> <a href=\"z\" title=\"data-thing\">z</a> <iframe src=\"w\"></iframe> <a>")
	at := func(tags ...string) []int {
		var offs []int
		for _, tag := range tags {
			offs = append(offs, bytes.Index(body, []byte(tag)))
		}
		return offs
	}
	marked, err := NewRegistry(markedLink{})
	if err != nil {
		t.Fatal(err)
	}
	// The marker is looked for in the whole start tag, in any case; an
	// iframe is looked at whatever it holds.
	if got, want := marked.candidates(body), at("<A\n", `<a href="z"`, "<iframe"); !slices.Equal(got, want) {
		t.Errorf("with a Marker only: candidates %v, want %v", got, want)
	}
	open, err := marked.With(anyLink{})
	if err != nil {
		t.Fatal(err)
	}
	if got, want := open.candidates(body), at(`<a href="x"`, "<A\n", `<a href="z"`, "<iframe", "<a>"); !slices.Equal(got, want) {
		t.Errorf("with a Tagger that claims every <a>: candidates %v, want %v", got, want)
	}
	if got, want := open.Without("anylink").candidates(body), marked.candidates(body); !slices.Equal(got, want) {
		t.Errorf("without that Tagger: candidates %v, want %v", got, want)
	}
}
