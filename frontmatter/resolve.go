package frontmatter

import (
	"strconv"
	"strings"
)

// resolvePlain returns the kind of a plain (unquoted) YAML scalar the way
// Hugo's YAML decoder, github.com/goccy/go-yaml v1.19.2, reads it. It
// differs from YAML 1.1 and from go.yaml.in/yaml/v3 in ways that matter:
// "yes", "no", "on", "y" are strings; "01234" is the octal 668; "08" and
// "1e3" are strings (no valid digits, no decimal point); integers beyond
// 64 bits are strings; only ".inf"/".nan" in three spellings are special.
//
// Goccy hands dates over as strings, which Hugo parses where it expects a
// date. A plain scalar that TOML could write unquoted as a date or datetime
// gets the matching time kind, so that converting it keeps it a date.
func resolvePlain(s string) Kind {
	switch s {
	case "", "~", "null", "Null", "NULL":
		return NullKind
	case "true", "True", "TRUE", "false", "False", "FALSE":
		return BoolKind
	case ".inf", ".Inf", ".INF", "-.inf", "-.Inf", "-.INF", ".nan", ".NaN", ".NAN":
		return FloatKind
	}
	if k, ok := goccyNumber(s); ok {
		return k
	}
	if k, ok := timeKind(s); ok && k != LocalTimeKind {
		return k
	}
	return StringKind
}

// goccyNumber reports whether goccy reads s as a number, and which kind.
func goccyNumber(s string) (Kind, bool) {
	// A number starts with a digit, a sign or a dot: anything else would
	// only fail strconv, which allocates an error to say so.
	if s == "" || !numberStart(s[0]) || strings.Count(s, ".") > 1 {
		return 0, false
	}
	neg, t := splitSign(s)
	// goccy tries the prefixes first: "0x1.8" is no float.
	base, t := numberBase(t)
	if base == 10 && strings.Contains(t, ".") {
		if neg {
			t = "-" + t
		}
		_, err := strconv.ParseFloat(t, 64)
		return FloatKind, err == nil
	}
	var err error
	if neg {
		_, err = strconv.ParseInt("-"+t, base, 64)
	} else {
		_, err = strconv.ParseUint(t, base, 64)
	}
	return IntKind, err == nil
}

// numberStart reports whether a number literal may start with c.
func numberStart(c byte) bool { return c >= '0' && c <= '9' || c == '+' || c == '-' || c == '.' }

// timeKind reports whether s is a date, time or datetime as TOML writes
// them unquoted (RFC 3339 with "T", "t" or a space between date and time),
// and which kind. The value must be a real one: 2024-02-30 is not a date.
func timeKind(s string) (Kind, bool) {
	var k Kind
	switch {
	case isDate(s) && len(s) == 10:
		k = LocalDateKind
	case isClock(s):
		k = LocalTimeKind
	case len(s) > 11 && isDate(s[:10]) && (s[10] == 'T' || s[10] == 't' || s[10] == ' '):
		rest := s[11:]
		n := clockLen(rest)
		switch {
		case n == 0:
			return 0, false
		case n == len(rest):
			k = LocalDatetimeKind
		case isOffset(rest[n:]):
			k = DatetimeKind
		default:
			return 0, false
		}
	default:
		return 0, false
	}
	_, ok := parseTimeLiteral(k, s)
	return k, ok
}

// isDate reports whether s starts with YYYY-MM-DD.
func isDate(s string) bool {
	return len(s) >= 10 && digits(s[0:4]) && s[4] == '-' && digits(s[5:7]) && s[7] == '-' && digits(s[8:10])
}

// isClock reports whether s is exactly HH:MM:SS with an optional fraction.
func isClock(s string) bool { return clockLen(s) == len(s) && s != "" }

// clockLen returns the length of the HH:MM:SS[.fraction] at the start of
// s, 0 when there is none.
func clockLen(s string) int {
	if len(s) < 8 || !digits(s[0:2]) || s[2] != ':' || !digits(s[3:5]) || s[5] != ':' || !digits(s[6:8]) {
		return 0
	}
	n := 8
	if n < len(s) && s[n] == '.' {
		m := n + 1
		for m < len(s) && s[m] >= '0' && s[m] <= '9' {
			m++
		}
		if m == n+1 {
			return 0
		}
		n = m
	}
	return n
}

// isOffset reports whether s is "Z", "z" or ±HH:MM.
func isOffset(s string) bool {
	if s == "Z" || s == "z" {
		return true
	}
	return len(s) == 6 && (s[0] == '+' || s[0] == '-') && digits(s[1:3]) && s[3] == ':' && digits(s[4:6])
}

func digits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}
