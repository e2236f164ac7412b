package frontmatter

import (
	"bytes"
	"fmt"
	"testing"
	"time"

	"github.com/hugofmt/hugofmt/internal/corpus"
	"github.com/hugofmt/hugofmt/internal/testgen"
)

// quickConfigs are the configurations the quick checks are held to the
// rules under: Hugo's defaults, a target format, a site taxonomy, and a
// time zone for zone-less dates.
var quickConfigs = []Config{
	{},
	{Format: YAML},
	{Format: TOML},
	{Taxonomies: []string{"series", "Tags"}},
	{Location: time.FixedZone("JST", 9*3600), Format: YAML},
}

// checkQuick holds quickYAML and the quick checks to the model and the
// rules on src: whatever quickYAML reads, the model reads alike, without
// error; and when a check says a rule changes nothing, the rule, run on
// the model, changes nothing and warns of nothing. It returns how many
// rule runs the checks answered.
func checkQuick(t *testing.T, name string, src []byte) (proven int) {
	t.Helper()
	d, err := Parse(src)
	if err != nil || d.Format() != YAML {
		return 0
	}
	q := quickYAML(d.Raw())
	if q == nil {
		return 0
	}
	m, err := d.Meta()
	if err != nil {
		t.Fatalf("%s: quickYAML reads the front matter, the model does not: %v\n%s", name, err, d.Raw())
	}
	if diff := sameAsModel(q, m); diff != "" {
		t.Fatalf("%s: quickYAML and the model differ: %s\n%s", name, diff, d.Raw())
	}
	for _, r := range builtinRules() {
		check := quickChecks[r.name]
		if check == nil {
			continue
		}
		for _, cfg := range quickConfigs {
			if !check(q, &cfg) {
				continue
			}
			proven++
			full, _ := Parse(src)
			full.Meta() // parsed: Apply takes the model's way
			changes, warnings, err := r.Apply(full, cfg)
			out, berr := full.Bytes()
			if err != nil || berr != nil || len(changes) > 0 || len(warnings) > 0 || !bytes.Equal(out, src) {
				t.Fatalf("%s: the quick check says the %s rule (config %+v) changes nothing; it returns %v, %v, %v, and changes the file: %v\n%s",
					name, r.name, cfg, changes, warnings, err, !bytes.Equal(out, src), d.Raw())
			}
		}
	}
	return proven
}

// sameAsModel reports how q differs from the model's map m: the same
// top-level keys in order, values of the same kinds, lists of the same
// items, scalars of the same text.
func sameAsModel(q *quickFM, m *Map) string {
	keys := m.Keys()
	if len(keys) != len(q.entries) {
		return fmt.Sprintf("keys %q, model %q", quickKeysOf(q), keys)
	}
	for i, e := range q.entries {
		if e.key != keys[i] {
			return fmt.Sprintf("key %d: %q, model %q", i, e.key, keys[i])
		}
		if diff := sameValue(e.value, m.Get(e.key)); diff != "" {
			return e.key + ": " + diff
		}
	}
	return ""
}

func sameValue(v quickValue, n *Node) string {
	if v.kind != n.Kind() {
		return fmt.Sprintf("kind %v, model %v", v.kind, n.Kind())
	}
	switch v.kind {
	case ListKind:
		items := n.Items()
		if len(items) != len(v.items) {
			return fmt.Sprintf("%d items, model %d", len(v.items), len(items))
		}
		for i := range items {
			if diff := sameValue(v.items[i], items[i]); diff != "" {
				return fmt.Sprintf("item %d: %s", i, diff)
			}
		}
	case MapKind, NullKind:
	default:
		if v.text != n.Str() {
			return fmt.Sprintf("text %q, model %q", v.text, n.Str())
		}
	}
	return ""
}

func quickKeysOf(q *quickFM) []string {
	var keys []string
	for _, e := range q.entries {
		keys = append(keys, e.key)
	}
	return keys
}

// TestQuickAgreesWithRules runs checkQuick on the corpus and on generated
// posts, as written and once converted by the hugo preset to YAML (what a
// second run, or -l, reads): the quick checks must answer for most of the
// converted ones, or they prove little.
func TestQuickAgreesWithRules(t *testing.T) {
	proven, files := 0, 0
	for path, src := range corpus.Files(t, "..") {
		proven += checkQuick(t, path, src)
		files++
	}
	t.Logf("corpus: %d files, %d rule runs answered by the quick checks", files, proven)

	rules, err := RulesByName("hugo,format")
	if err != nil {
		t.Fatal(err)
	}
	g := testgen.New(testgen.Config{Seed: 7})
	var asWritten, converted, yamlConverted int
	for i := range 2000 {
		src, _ := g.Post(nil, i)
		asWritten += checkQuick(t, fmt.Sprint("generated ", i), src)
		d, err := Parse(src)
		if err != nil {
			continue
		}
		if _, _, err := ApplyRules(d, Config{Format: YAML}, rules...); err != nil {
			continue
		}
		out, err := d.Bytes()
		if err != nil {
			continue
		}
		if n := checkQuick(t, fmt.Sprint("generated ", i, ", converted"), out); n > 0 {
			converted += n
			yamlConverted++
		}
	}
	t.Logf("generated: %d rule runs answered as written, %d once converted (%d of 2000 posts)", asWritten, converted, yamlConverted)
	if yamlConverted < 1500 {
		t.Errorf("the quick checks answer for %d of 2,000 converted posts: they prove too little", yamlConverted)
	}
}

func FuzzQuick(f *testing.F) {
	for _, s := range []string{
		"title: A\ndate: 2024-01-02\ntags:\n  - a\n  - b\n",
		"title: \"Q\"\ntags: [a, b]\ndraft: false\nweight: 3\n",
		"params:\n  author:\n    name: x\n  images:\n  - a.png\n",
		"Title: x\ntags: a b\n",
		"date: 2024-1-2\nlastmod: '2024-01-02'\n",
		"# comment\nkey: value # note\nempty:\nlist:\n- 1\n- true\n-\n",
		"a: b\n  c\n",
		"a: 'it''s'\nb: \"x\\\"y\"\n",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, fm string) {
		checkQuick(t, "fuzz", []byte("---\n"+fm+"\n---\nbody\n"))
	})
}

// TestQuickOnRandomYAML runs checkQuick on front matter put together from
// pieces chosen to be close calls: keys in every case, aliases, dates in
// and out of Hugo's form, quoted booleans, scalars YAML types oddly,
// lists with duplicates and spaces, nested maps, comments.
func TestQuickOnRandomYAML(t *testing.T) {
	keys := []string{"title", "Title", "date", "Date", "lastmod", "lastMod", "publishDate", "pubdate", "expiryDate",
		"draft", "Draft", "headless", "isCJKLanguage", "weight", "tags", "Tags", "categories", "series", "keywords",
		"published", "updated", "category", "permalink", "modified", "excerpt", "_build", "slug", "params", "custom", "x-y"}
	scalars := []string{"hello", "Hello world", "\"quoted\"", "'single'", "\"\"", "''", "true", "false", "\"true\"", "yes", "on", "\"yes\"",
		"3", "\"3\"", "+3", "-3", "0x1F", "1e3", "1.5", ".inf", "~", "null", "", "2024-01-02", "2024-1-2", "\"2024-01-02\"",
		"2024-01-02T10:00:00", "2024-01-02T10:00:00Z", "2024-01-02T10:00:00+09:00", "2024-01-02 10:00:00", "2024-02-30",
		"\" a \"", "a b", "a, b", "C#", "http://example.com/x", "a # comment", "\"a\" # c", "日本語", "-", "- x", "[a, b]",
		"[a, a]", "[]", "[\" a\"]", "[1, 2]", "{a: 1}", "&anchor x", "*alias", "!tag x", "|", ">", "@x", "`x`", "%x", "a: b", "x:"}
	items := []string{"a", "b", "a", " a", "\" a\"", "\"\"", "1", "true", "2024-01-02", "\"b\"", "[c]", "d: e", ""}
	r := newQuickRand(42)
	accepted := 0
	for n := range 20000 {
		var b bytes.Buffer
		for range 1 + r.intn(8) {
			key := keys[r.intn(len(keys))]
			switch r.intn(6) {
			case 0: // a block list
				fmt.Fprintf(&b, "%s:\n", key)
				indent := []string{"", "  ", "    "}[r.intn(3)]
				for range r.intn(4) {
					fmt.Fprintf(&b, "%s- %s\n", indent, items[r.intn(len(items))])
				}
			case 1: // a nested map
				fmt.Fprintf(&b, "%s:\n", key)
				for range 1 + r.intn(3) {
					fmt.Fprintf(&b, "  %s: %s\n", keys[r.intn(len(keys))], scalars[r.intn(len(scalars))])
				}
			case 2:
				fmt.Fprintf(&b, "# a comment\n%s: %s\n\n", key, scalars[r.intn(len(scalars))])
			default:
				fmt.Fprintf(&b, "%s: %s\n", key, scalars[r.intn(len(scalars))])
			}
		}
		src := []byte("---\n" + b.String() + "---\nbody\n")
		if d, err := Parse(src); err == nil && quickYAML(d.Raw()) != nil {
			accepted++
		}
		checkQuick(t, fmt.Sprint("random ", n), src)
	}
	t.Logf("%d of 20,000 random front matters read by quickYAML", accepted)
	if accepted < 2000 {
		t.Errorf("quickYAML reads %d of 20,000: the test proves little", accepted)
	}
}

// quickRand is a small deterministic generator (xorshift), so that the
// test reads the same front matter on every run.
type quickRand struct{ s uint64 }

func newQuickRand(seed uint64) *quickRand { return &quickRand{seed*2654435761 + 1} }

func (r *quickRand) intn(n int) int {
	r.s ^= r.s << 13
	r.s ^= r.s >> 7
	r.s ^= r.s << 17
	return int(r.s % uint64(n))
}
