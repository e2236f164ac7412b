package embed

import (
	"encoding/json"
	"testing"
)

func TestFindingLeftReason(t *testing.T) {
	for _, tt := range []struct {
		f    Finding
		want string
	}{
		{Finding{Provider: "youtube", Reason: "playlists have no shortcode"}, "youtube: playlists have no shortcode"},
		{Finding{Reason: "unknown iframe (example.com)"}, "unknown iframe (example.com)"},
		{Finding{}, "no provider"},
		{Finding{Provider: "x"}, "x: no provider"},
	} {
		if got := tt.f.LeftReason(); got != tt.want {
			t.Errorf("%+v.LeftReason() = %q, want %q", tt.f, got, tt.want)
		}
	}
}

// TestFindingJSON checks the names and order of a finding in the batch
// tool's -json report.
func TestFindingJSON(t *testing.T) {
	f := Finding{Line: 3, Col: 1, Provider: "youtube", Converted: true, Shortcode: `{{< youtube id="x" >}}`, Reason: "player options dropped"}
	b, err := json.Marshal(f)
	if err != nil {
		t.Fatal(err)
	}
	want := `{"line":3,"col":1,"provider":"youtube","converted":true,"shortcode":"{{\u003c youtube id=\"x\" \u003e}}","reason":"player options dropped"}`
	if string(b) != want {
		t.Errorf("JSON\n%s\nwant\n%s", b, want)
	}
	if b, _ := json.Marshal(Finding{Line: 1, Col: 2}); string(b) != `{"line":1,"col":2,"converted":false}` {
		t.Errorf("JSON of a bare finding: %s", b)
	}
}
