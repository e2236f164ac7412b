package embed

import (
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/hugofmt/hugofmt/internal/testgen"
)

// TestRewriteKeepsNothing rewrites bodies of every kind one after another
// with one Registry, whose scratch memory each Rewrite reuses, forwards
// and backwards, and holds every result to that of a new Registry: nothing
// of one body may show in the next.
func TestRewriteKeepsNothing(t *testing.T) {
	g := testgen.New(testgen.Config{Seed: 9})
	var bodies [][]byte
	for i := range 150 {
		post, _ := g.Post(nil, i)
		bodies = append(bodies, post)
	}
	bodies = append(bodies,
		[]byte("<iframe src=\"https://www.youtube.com/embed/abc\"></iframe>\n"),
		[]byte("text {{< x >}} <script src=\"//speakerdeck.com/assets/embed.js\" data-id=\"1\"></script>\n"),
		nil,
		// HTML blocks with candidates, then a body whose credit line, an
		// HTML block of its own, holds none: it must be read from this body.
		[]byte(strings.Repeat("<script async class=\"speakerdeck-embed\" data-id=\"a1\" src=\"//speakerdeck.com/assets/embed.js\"></script>\n\n", 5)),
		[]byte("<div><iframe src=\"https://player.vimeo.com/video/1\"></iframe></div>\n\n<p><a href=\"https://vimeo.com/1\">Talk</a> from <a href=\"https://vimeo.com/me\">Me</a> on <a href=\"https://vimeo.com\">Vimeo</a>.</p>\n"),
	)
	shared := Default()
	for _, order := range []string{"forwards", "backwards"} {
		for i := range bodies {
			if order == "backwards" {
				i = len(bodies) - 1 - i
			}
			gotOut, gotF, gotErr := shared.Rewrite(bodies[i])
			wantOut, wantF, wantErr := Default().Rewrite(bodies[i])
			if !slices.Equal(gotOut, wantOut) || gotErr != wantErr {
				t.Fatalf("%s, body %d: a reused Registry wrote\n%s\nerror %v; a new one\n%s\nerror %v", order, i, gotOut, gotErr, wantOut, wantErr)
			}
			if diff := cmp.Diff(wantF, gotF); diff != "" {
				t.Fatalf("%s, body %d: findings differ (-new +reused):\n%s", order, i, diff)
			}
		}
	}
}

// TestRewriteReleasesScratch looks into the memory a Rewrite leaves for
// the next: buffers to reuse, and nothing of the body it rewrote.
func TestRewriteReleasesScratch(t *testing.T) {
	r := Default()
	body := []byte(strings.Repeat("<script async class=\"speakerdeck-embed\" data-id=\"a1\" src=\"//speakerdeck.com/assets/embed.js\"></script>\n\n", 5))
	if _, f, _ := r.Rewrite(body); len(f) != 5 {
		t.Fatalf("%d findings, want 5", len(f))
	}
	s, _ := r.scratch.Get().(*scratch)
	if s == nil {
		t.Skip("the pool was emptied (a garbage collection ran)")
	}
	if len(s.parsed) != 0 || len(s.units) != 0 {
		t.Errorf("the scratch keeps %d tokenized blocks and %d units of the last body", len(s.parsed), len(s.units))
	}
	for i, f := range s.frags[:cap(s.frags)] {
		if f != nil {
			t.Errorf("the scratch keeps fragment %d of the last body", i)
		}
	}
}
