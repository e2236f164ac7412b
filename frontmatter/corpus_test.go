package frontmatter

import (
	"bytes"
	"errors"
	"fmt"
	"sort"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/hugofmt/hugofmt/internal/corpus"
)

func TestCorpusSplitRoundTrip(t *testing.T) {
	formats := map[Format]int{}
	for path, src := range corpus.Files(t, "..") {
		d, err := Parse(src)
		if err != nil {
			t.Errorf("%s: %v", path, err)
			continue
		}
		formats[d.Format()]++
		out, err := d.Bytes()
		if err != nil || !bytes.Equal(out, src) {
			t.Errorf("%s: Bytes() did not give the source back (err %v)", path, err)
		}
	}
	t.Logf("formats: %v", formats)
}

// Every corpus file parses into the model, and reading the model changes
// nothing.
func TestCorpusMeta(t *testing.T) {
	for path, src := range corpus.Files(t, "..") {
		d, err := Parse(src)
		if err != nil {
			continue // reported by TestCorpusSplitRoundTrip
		}
		if _, err := d.Meta(); err != nil {
			t.Errorf("%s: Meta: %v", path, err)
			continue
		}
		if out, err := d.Bytes(); err != nil || !bytes.Equal(out, src) {
			t.Errorf("%s: Bytes() after Meta() is not the source (err %v)", path, err)
		}
	}
}

// The conversion check: every corpus file is converted in all six
// directions (YAML → TOML → YAML/JSON, YAML → JSON → YAML/TOML, and the
// first hops), and Hugo's decoders must read the same front matter from
// each result as from the file; the body must come out byte for byte.
// Files that cannot convert must fail with a named error; the test lists
// them with their reason.
func TestCorpusConvert(t *testing.T) {
	files := corpus.Files(t, "..")
	paths := make([]string, 0, len(files))
	for p := range files {
		paths = append(paths, p)
	}
	sort.Strings(paths)
	var (
		ok       int
		failures = map[string][]string{} // reason → files
	)
	for _, path := range paths {
		src := files[path]
		d, err := Parse(src)
		if err != nil || d.Format() == None {
			continue
		}
		from := d.Format()
		for _, hop := range conversionHops(from) {
			out, err := convertTo(src, hop[0])
			if err == nil && hop[1] != "" {
				out, err = convertTo(out, hop[1])
			}
			name := fmt.Sprintf("%s→%s", from, hop[0])
			if hop[1] != "" {
				name += "→" + string(hop[1])
			}
			if err != nil {
				reason := namedReason(err)
				if reason == "" {
					t.Errorf("%s: %s: unnamed failure: %v", path, name, err)
					continue
				}
				failures[reason] = append(failures[reason], fmt.Sprintf("%s (%s)", path, name))
				continue
			}
			diff, err := meaningDiff(src, out)
			if err != nil || diff != "" {
				t.Errorf("%s: %s: Hugo reads the result otherwise: %v\n%s", path, name, err, diff)
				continue
			}
			if !bytes.Equal(mustParseBytes(out).Body(), d.Body()) {
				t.Errorf("%s: %s: the body changed", path, name)
				continue
			}
			ok++
		}
	}
	t.Logf("%d conversions kept Hugo's meaning and the body", ok)
	for reason, list := range failures {
		t.Logf("%d conversions refused: %s, in:", len(list), reason)
		seen := map[string]bool{}
		for _, f := range list {
			if file, _, _ := strings.Cut(f, " ("); !seen[file] {
				seen[file] = true
				t.Logf("\t%s", file)
			}
		}
	}
}

// conversionHops returns the six directions from a format: each other
// format, and from there each of the remaining ones.
func conversionHops(from Format) [][2]Format {
	var hops [][2]Format
	for _, a := range []Format{YAML, TOML, JSON} {
		if a == from {
			continue
		}
		hops = append(hops, [2]Format{a, ""})
		for _, b := range []Format{YAML, TOML, JSON} {
			if b != a && b != from {
				hops = append(hops, [2]Format{a, b})
			} else if b == from {
				hops = append(hops, [2]Format{a, b})
			}
		}
	}
	return hops
}

func convertTo(src []byte, f Format) ([]byte, error) {
	d, err := Parse(src)
	if err != nil {
		return nil, err
	}
	if _, err := d.SetFormat(f); err != nil {
		return nil, err
	}
	return d.Bytes()
}

// namedReason returns the name of a conversion error that says what the
// target cannot hold, "" for any other error.
func namedReason(err error) string {
	for _, named := range []error{ErrNull, ErrNotFinite, ErrIntRange, ErrKeyClash} {
		if errors.Is(err, named) {
			return named.Error()
		}
	}
	return ""
}

// An edit of one key in a corpus file changes only that key's line, and
// Hugo reads every other key as before.
func TestCorpusEdit(t *testing.T) {
	edited := 0
	for path, src := range corpus.Files(t, "..") {
		d, err := Parse(src)
		if err != nil || d.Format() == None {
			continue
		}
		m, err := d.Meta()
		if err != nil || m.Get("title").Kind() != StringKind || strings.Contains(m.Get("title").Str(), "\n") {
			continue
		}
		title := m.Get("title").Str() + " (edited)"
		m.Set("title", NewString(title))
		out, err := d.Bytes()
		if err != nil {
			t.Errorf("%s: %v", path, err)
			continue
		}
		before, err1 := hugoMeaning(src)
		after, err2 := hugoMeaning(out)
		if err1 != nil || err2 != nil {
			t.Errorf("%s: %v %v", path, err1, err2)
			continue
		}
		if after.(map[string]any)["title"] != title {
			t.Errorf("%s: Hugo reads the title as %q", path, after.(map[string]any)["title"])
		}
		delete(before.(map[string]any), "title")
		delete(after.(map[string]any), "title")
		if diff := cmp.Diff(before, after, numberCmp); diff != "" {
			t.Errorf("%s: other keys changed:\n%s", path, diff)
		}
		a, b := bytes.Split(src, []byte("\n")), bytes.Split(out, []byte("\n"))
		changed := 0
		for i := range min(len(a), len(b)) {
			if !bytes.Equal(a[i], b[i]) {
				changed++
			}
		}
		if len(a) != len(b) || changed != 1 {
			t.Errorf("%s: %d lines changed (%d → %d lines), want 1", path, changed, len(a), len(b))
		}
		edited++
	}
	t.Logf("%d titles edited in place", edited)
}
