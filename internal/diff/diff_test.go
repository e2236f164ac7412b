package diff

import (
	"math/rand/v2"
	"strings"
	"testing"
)

func TestUnified(t *testing.T) {
	tests := []struct {
		name     string
		old, new string
		want     string
	}{
		{"equal", "a\nb\n", "a\nb\n", ""},
		{"change middle", "a\nb\nc\n", "a\nB\nc\n", "--- old\n+++ new\n@@ -1,3 +1,3 @@\n a\n-b\n+B\n c\n"},
		{"insert into empty", "", "x\n", "--- old\n+++ new\n@@ -0,0 +1 @@\n+x\n"},
		{"delete all", "x\n", "", "--- old\n+++ new\n@@ -1 +0,0 @@\n-x\n"},
		{"no final newline", "a\nb", "a\nb\n", "--- old\n+++ new\n@@ -1,2 +1,2 @@\n a\n-b\n\\ No newline at end of file\n+b\n"},
		{"crlf is a change", "a\r\n", "a\n", "--- old\n+++ new\n@@ -1 +1 @@\n-a\r\n+a\n"},
		{
			"two hunks",
			"1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n11\n12\n",
			"1\nTWO\n3\n4\n5\n6\n7\n8\n9\n10\nELEVEN\n12\n",
			"--- old\n+++ new\n@@ -1,5 +1,5 @@\n 1\n-2\n+TWO\n 3\n 4\n 5\n@@ -8,5 +8,5 @@\n 8\n 9\n 10\n-11\n+ELEVEN\n 12\n",
		},
		{
			"close changes share a hunk",
			"1\n2\n3\n4\n5\n6\n7\n",
			"1\nTWO\n3\n4\n5\nSIX\n7\n",
			"--- old\n+++ new\n@@ -1,7 +1,7 @@\n 1\n-2\n+TWO\n 3\n 4\n 5\n-6\n+SIX\n 7\n",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := string(Unified("old", "new", []byte(tt.old), []byte(tt.new)))
			if got != tt.want {
				t.Errorf("Unified() =\n%s\nwant:\n%s", got, tt.want)
			}
		})
	}
}

// apply rebuilds the new text from the old one and a diff, to check diffs
// of random inputs without trusting the code under test.
func apply(t *testing.T, old string, d string) string {
	t.Helper()
	a := strings.SplitAfter(old, "\n")
	if a[len(a)-1] == "" {
		a = a[:len(a)-1]
	}
	var out []string
	pos := 0
	lines := strings.SplitAfter(d, "\n")
	for i := 2; i < len(lines); i++ {
		l := lines[i]
		if l == "" {
			continue
		}
		switch l[0] {
		case '@':
			var as, al, bs, bl int
			if n, _ := sscanHunk(l, &as, &al, &bs, &bl); n == 0 {
				t.Fatalf("bad hunk header %q", l)
			}
			start := as - 1
			if al == 0 {
				start = as
			}
			out = append(out, a[pos:start]...)
			pos = start
		case ' ', '-', '+':
			body := l[1:]
			if i+1 < len(lines) && strings.HasPrefix(lines[i+1], "\\ No newline") {
				body = strings.TrimSuffix(body, "\n")
				i++
			}
			switch l[0] {
			case ' ':
				if a[pos] != body {
					t.Fatalf("context %q does not match %q", body, a[pos])
				}
				out = append(out, body)
				pos++
			case '-':
				if a[pos] != body {
					t.Fatalf("deleted %q does not match %q", body, a[pos])
				}
				pos++
			case '+':
				out = append(out, body)
			}
		default:
			t.Fatalf("unexpected diff line %q", l)
		}
	}
	out = append(out, a[pos:]...)
	return strings.Join(out, "")
}

func sscanHunk(l string, as, al, bs, bl *int) (int, error) {
	*al, *bl = 1, 1
	fields := strings.Fields(l)
	parse := func(s string, start, n *int) {
		s = s[1:]
		if i := strings.IndexByte(s, ','); i >= 0 {
			*n = atoi(s[i+1:])
			s = s[:i]
		}
		*start = atoi(s)
	}
	parse(fields[1], as, al)
	parse(fields[2], bs, bl)
	return 4, nil
}

func atoi(s string) int {
	n := 0
	for _, c := range s {
		n = n*10 + int(c-'0')
	}
	return n
}

func TestUnifiedRandomRoundTrip(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	words := []string{"a\n", "b\n", "c\n", "d\n", "e"}
	gen := func() string {
		var sb strings.Builder
		for range r.IntN(30) {
			w := words[r.IntN(len(words))]
			sb.WriteString(strings.TrimSuffix(w, "\n") + "\n")
		}
		if r.IntN(4) == 0 {
			sb.WriteString("tail")
		}
		return sb.String()
	}
	for range 2000 {
		old, new := gen(), gen()
		d := string(Unified("old", "new", []byte(old), []byte(new)))
		if old == new {
			if d != "" {
				t.Fatalf("equal inputs gave a diff:\n%s", d)
			}
			continue
		}
		if got := apply(t, old, d); got != new {
			t.Fatalf("applying the diff of %q -> %q gave %q\ndiff:\n%s", old, new, got, d)
		}
	}
}

func TestUnifiedLargeChangeIsBounded(t *testing.T) {
	var a, b strings.Builder
	for i := range 20000 {
		a.WriteString("old line\n")
		if i%2 == 0 {
			b.WriteString("new line\n")
		} else {
			b.WriteString("old line\n")
		}
	}
	d := Unified("old", "new", []byte(a.String()), []byte(b.String()))
	if got := apply(t, a.String(), string(d)); got != b.String() {
		t.Fatal("fallback diff does not apply")
	}
}
