package frontmatter

import (
	"math"
	"math/big"
	"strings"
	"testing"

	goccy "github.com/goccy/go-yaml"
)

// Plain YAML scalars must get the kind and value Hugo's YAML decoder,
// goccy/go-yaml, gives them; yaml.v3, which reads the syntax, differs.
var plainScalars = []string{
	"01234", "0o14", "0x1F", "0b101", "08", "0_1", "1_000", "+1", "+12", "-0", "-0x10", "1__2", "_1",
	"99999999999999999999", "-99999999999999999999", "18446744073709551615", "9223372036854775808",
	"1.10", "1.", ".5", "+.5", "0.", "-1.5", "1e3", "1e+3", "1.5e3", "0.1e3", "0.1_2", "1_.5", "1.2.3", ".",
	".inf", "-.inf", ".Inf", "+.inf", "inf", ".nan", ".NaN", ".Nan", "-.nan", "NaN",
	"no", "yes", "on", "off", "y", "n", "Yes", "NO",
	"true", "True", "TRUE", "tRUE", "false", "False",
	"~", "null", "Null", "NULL", "nULL",
	"2024-03-05", "2024-03-05T10:20:30+09:00", "2024-03-05 10:20:30Z", "2024-03-05t10:20:30z",
	"2024-03-05T10:20:30", "2024-03-05 10:00:00 +09:00", "2024-02-30", "12:30:00", "1:20",
	"hello", "a b", "+", "0x", "0xg",
}

func TestResolvePlainLikeGoccy(t *testing.T) {
	for _, s := range plainScalars {
		if !checkResolve(t, s) {
			t.Errorf("%q: not compared", s)
		}
	}
}

func FuzzResolvePlain(f *testing.F) {
	for _, s := range plainScalars {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) { checkResolve(t, s) })
}

// checkResolve compares what goccy and our model make of "k: s". It
// reports false when the two parsers do not read s as the same plain
// scalar text, which is a matter of syntax, not of typing.
func checkResolve(t *testing.T, s string) bool {
	if strings.ContainsAny(s, "\t\r\n#") || strings.TrimSpace(s) != s {
		// Tabs, comments and line breaks are where the two parsers'
		// syntax differs (goccy reads "0\t1" as 0); not typing.
		return false
	}
	if strings.HasPrefix(s, "&") || strings.HasPrefix(s, "!") {
		// So are anchors and tags, the node's properties: an anchor
		// ends at ":" for yaml.v3, not for goccy ("&0:0 0" is the
		// string ":0 0" under anchor 0, or 0 under anchor "0:0").
		return false
	}
	src := "k: " + s + "\n"
	var want map[string]any
	if err := goccy.Unmarshal([]byte(src), &want); err != nil || want == nil {
		return false
	}
	d, err := Parse([]byte("---\n" + src + "---\n"))
	if err != nil {
		return false
	}
	m, err := d.Meta()
	if err != nil || m.Get("k") == nil {
		return false
	}
	n := m.Get("k")
	if n.style != stylePlain {
		return false
	}
	switch v := want["k"].(type) {
	case nil:
		if n.Kind() != NullKind {
			t.Errorf("%q: kind %v, Hugo reads null", s, n.Kind())
		}
	case bool:
		if n.Kind() != BoolKind || n.Bool() != v {
			t.Errorf("%q: kind %v, Hugo reads the bool %v", s, n.Kind(), v)
		}
	case uint64:
		if b := n.BigInt(); b == nil || b.Cmp(new(big.Int).SetUint64(v)) != 0 {
			t.Errorf("%q: kind %v (%v), Hugo reads the int %d", s, n.Kind(), n.BigInt(), v)
		}
	case int64:
		if b := n.BigInt(); b == nil || b.Cmp(big.NewInt(v)) != 0 {
			t.Errorf("%q: kind %v (%v), Hugo reads the int %d", s, n.Kind(), n.BigInt(), v)
		}
	case float64:
		if f := n.Float(); n.Kind() != FloatKind || f != v && !(math.IsNaN(f) && math.IsNaN(v)) {
			t.Errorf("%q: kind %v (%v), Hugo reads the float %v", s, n.Kind(), f, v)
		}
	case string:
		if v != n.Str() {
			return false // the parsers read different text: syntax, not typing
		}
		switch n.Kind() {
		case StringKind, DatetimeKind, LocalDatetimeKind, LocalDateKind:
		default:
			t.Errorf("%q: kind %v, Hugo reads a string", s, n.Kind())
		}
	default:
		return false
	}
	return true
}
