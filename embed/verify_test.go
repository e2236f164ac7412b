package embed

import "testing"

func TestEndsOpen(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"<a\n", true},
		{"text <img alt=\"x\n", true},
		{"</di\n", true},
		{"x <!-- c\n", true},
		{"x <?php echo\n", true},
		{"x <!x\n", true},
		{"x <!-- c -->\n", false},
		{"<!DOCTYPE html>\n", false},
		{"ok <b>x</b>\n", false},
		{"a < b\n", false},
		{"<br/>", false},
		{"", false},
	} {
		if got := endsOpen([]byte(c.text)); got != c.want {
			t.Errorf("endsOpen(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}
