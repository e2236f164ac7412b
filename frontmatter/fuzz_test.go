package frontmatter

import (
	"bytes"
	"errors"
	"testing"
)

// fuzzSeeds are added to the seed corpus in testdata/fuzz.
var fuzzSeeds = []string{
	"---\ntitle: x\n---\nbody\n",
	"+++\ntitle = 'x'\n[params]\na = 1\n+++\n",
	"{\"title\": \"x\", \"n\": 1}\nbody",
	"---\r\na: |\r\n  x\r\n---\r\n",
}

func addSeeds(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add([]byte(s))
	}
}

// FuzzRoundTrip: any input either fails to split or comes back byte for
// byte; its model either fails with an *Error or survives edits in its own
// format (renames, new values, deletions, a new key, a reorder): what
// Bytes writes reads back as the edited model.
func FuzzRoundTrip(f *testing.F) {
	addSeeds(f)
	f.Fuzz(func(t *testing.T, src []byte) {
		d, err := Parse(src)
		if err != nil {
			return
		}
		if out, err := d.Bytes(); err != nil || !bytes.Equal(out, src) {
			t.Fatalf("Bytes() of an untouched document is not the source: %v", err)
		}
		if _, err := d.Meta(); err != nil {
			var e *Error
			if !errors.As(err, &e) {
				t.Fatalf("Meta() error %T %v, want an *Error", err, err)
			}
			return
		}
		if d.Format() != None {
			checkEdit(t, src)
		}
	})
}

// FuzzConvert: front matter converted to each format, and back, keeps
// its values, or fails with a named error.
func FuzzConvert(f *testing.F) {
	addSeeds(f)
	f.Fuzz(func(t *testing.T, src []byte) {
		d, err := Parse(src)
		if err != nil {
			return
		}
		m, err := d.Meta()
		if err != nil {
			return
		}
		want := NewMapNode(m)
		for _, to := range []Format{YAML, TOML, JSON} {
			out, err := convertTo(src, to)
			if err != nil {
				if namedReason(err) == "" {
					t.Fatalf("to %s: unnamed error %v", to, err)
				}
				continue
			}
			if d.Format() == None {
				// No front matter: nothing to convert, nothing written.
				if !bytes.Equal(out, src) {
					t.Fatalf("to %s: a file without front matter changed:\n%q", to, out)
				}
				continue
			}
			if !fuzzEqual(want, reparse(t, out, to)) {
				t.Fatalf("to %s: values changed\n%s", to, out)
			}
			back, err := convertTo(out, d.Format())
			if err != nil {
				continue // the way back may hold what the source format cannot
			}
			if !fuzzEqual(want, reparse(t, back, d.Format())) {
				t.Fatalf("to %s and back: values changed\n%s\n%s", to, out, back)
			}
		}
	})
}

// checkEdit renames, replaces and deletes top-level keys and checks that
// what Bytes writes reads back as the edited map.
func checkEdit(t *testing.T, src []byte) {
	d, _ := Parse(src)
	m, _ := d.Meta()
	keys := m.Keys()
	for i, k := range keys {
		switch i % 4 {
		case 0:
			_ = m.Rename(k, k+"_r")
		case 1:
			m.Set(k, NewString("edited <&> 日本"))
		case 2:
			m.Delete(k)
		}
	}
	m.Set("added", NewList(NewInt(1), NewString("two")))
	m.Reorder([]string{"added"})
	out, err := d.Bytes()
	if err != nil {
		if namedReason(err) == "" {
			t.Fatalf("edit: unnamed error %v", err)
		}
		return
	}
	if got := reparse(t, out, d.Format()); !fuzzEqual(NewMapNode(m), got) {
		t.Fatalf("edited document reads back otherwise:\n%s", out)
	}
}

func reparse(t *testing.T, out []byte, f Format) *Node {
	t.Helper()
	d, err := Parse(out)
	if err != nil {
		t.Fatalf("output does not split: %v\n%s", err, out)
	}
	if d.Format() != f {
		t.Fatalf("output is %s, want %s\n%s", d.Format(), f, out)
	}
	m, err := d.Meta()
	if err != nil {
		t.Fatalf("output does not parse: %v\n%s", err, out)
	}
	return NewMapNode(m)
}

// fuzzEqual compares values across formats: a date may come back as the
// string JSON writes for it, and a YAML key that is not a string as the
// string Hugo makes of it.
func fuzzEqual(a, b *Node) bool {
	a, b = a.target(), b.target()
	switch {
	case a.Kind() >= DatetimeKind && a.Kind() <= LocalTimeKind && b.Kind() == StringKind,
		b.Kind() >= DatetimeKind && b.Kind() <= LocalTimeKind && a.Kind() == StringKind:
		return a.Str() == b.Str()
	case a.Kind() == IntKind && b.Kind() == FloatKind, a.Kind() == FloatKind && b.Kind() == IntKind:
		return a.Float() == b.Float()
	case a.Kind() != b.Kind():
		return false
	case a.Kind() == ListKind:
		if len(a.Items()) != len(b.Items()) {
			return false
		}
		for i := range a.Items() {
			if !fuzzEqual(a.Items()[i], b.Items()[i]) {
				return false
			}
		}
		return true
	case a.Kind() != MapKind:
		return equalNodes(a, b)
	}
	ea, eb := hugoEntries(a.Map()), hugoEntries(b.Map())
	if len(ea) != len(eb) {
		return false
	}
	for k, v := range ea {
		if w, ok := eb[k]; !ok || !fuzzEqual(v, w) {
			return false
		}
	}
	return true
}

// hugoEntries returns a map's values by the key Hugo reads.
func hugoEntries(m *Map) map[string]*Node {
	out := map[string]*Node{}
	for _, e := range m.expanded().entries {
		k := e.key
		if e.keyStyle == stylePlain {
			k = hugoKey(k)
		}
		out[k] = e.value
	}
	return out
}
