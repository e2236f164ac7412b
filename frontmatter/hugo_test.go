package frontmatter

import (
	"encoding/json"
	"fmt"
	"math"
	"math/big"
	"strings"
	"time"

	"github.com/goccy/go-yaml"
	"github.com/google/go-cmp/cmp"
	"github.com/pelletier/go-toml/v2"
)

// This file is the judge of "same meaning": front matter decoded with the
// decoders Hugo v0.160 uses (goccy/go-yaml, go-toml/v2, encoding/json,
// see hugo's parser/metadecoders), then compared with go-cmp.

// hugoDecode decodes front matter text as Hugo does.
func hugoDecode(f Format, raw []byte) (map[string]any, error) {
	m := map[string]any{}
	var err error
	switch f {
	case YAML:
		err = yaml.Unmarshal(raw, &m)
	case TOML:
		err = toml.Unmarshal(raw, &m)
	case JSON:
		err = json.Unmarshal(raw, &m)
	case None:
	default:
		err = fmt.Errorf("no decoder for %q", f)
	}
	if m == nil {
		m = map[string]any{}
	}
	return m, err
}

// hugoMeaning decodes the front matter of a document as Hugo does and
// normalises what differs only in Go type, not in what Hugo makes of it.
func hugoMeaning(src []byte) (any, error) {
	d, err := Parse(src)
	if err != nil {
		return nil, err
	}
	m, err := hugoDecode(d.Format(), d.Raw())
	if err != nil {
		return nil, err
	}
	return normalize(m), nil
}

// number is an int or a float as Hugo decoded it. Ints compare exactly;
// an int and a float compare as floats (Hugo reads every JSON number as a
// float64, and casts where it wants an int).
type number struct {
	i *big.Int // nil for a float
	f float64
}

var numberCmp = cmp.Comparer(func(a, b number) bool {
	if a.i != nil && b.i != nil {
		return a.i.Cmp(b.i) == 0
	}
	return a.f == b.f || math.IsNaN(a.f) && math.IsNaN(b.f)
})

// dateish is a date, time or datetime, written canonically: a TOML date
// value or a string that TOML would read as one (Hugo parses such strings
// as dates where it expects dates, and prints both the same in templates).
type dateish string

func normalize(v any) any {
	switch v := v.(type) {
	case map[string]any:
		out := make(map[string]any, len(v))
		for k, x := range v {
			out[k] = normalize(x)
		}
		return out
	case []any:
		out := make([]any, len(v))
		for i, x := range v {
			out[i] = normalize(x)
		}
		return out
	case int64:
		return number{i: big.NewInt(v), f: float64(v)}
	case uint64:
		return number{i: new(big.Int).SetUint64(v), f: float64(v)}
	case int:
		return number{i: big.NewInt(int64(v)), f: float64(v)}
	case float64:
		return number{f: v}
	case time.Time:
		return dateish(v.Format(time.RFC3339Nano))
	case toml.LocalDate, toml.LocalDateTime, toml.LocalTime:
		return dateish(fmt.Sprint(v))
	case string:
		if d, ok := asTOMLDate(v); ok {
			return d
		}
	}
	return v
}

// asTOMLDate reads s with go-toml; when TOML takes it for a date or time,
// it returns it canonically.
func asTOMLDate(s string) (dateish, bool) {
	if len(s) < 8 || s[0] < '0' || s[0] > '9' || strings.ContainsAny(s, "\n\"'") {
		return "", false
	}
	var m map[string]any
	if toml.Unmarshal([]byte("v = "+s), &m) != nil {
		return "", false
	}
	switch v := m["v"].(type) {
	case time.Time, toml.LocalDate, toml.LocalDateTime, toml.LocalTime:
		return normalize(v).(dateish), true
	}
	return "", false
}

// meaningDiff returns how the front matter of a and b differ for Hugo, ""
// when they mean the same.
func meaningDiff(a, b []byte) (string, error) {
	ma, err := hugoMeaning(a)
	if err != nil {
		return "", fmt.Errorf("before: %w", err)
	}
	mb, err := hugoMeaning(b)
	if err != nil {
		return "", fmt.Errorf("after: %w", err)
	}
	return cmp.Diff(ma, mb, numberCmp), nil
}
