package frontmatter

import (
	"math"
	"math/big"
	"strconv"
	"strings"
	"time"
)

// Kind is the type of a front matter value, as Hugo decodes it.
type Kind uint8

// The kinds of values. The four time kinds follow TOML, which tells them
// apart; a YAML date or datetime that TOML could write unquoted gets the
// matching kind, while Hugo's YAML decoder hands it over as a string that
// Hugo parses as a date where it expects one.
const (
	NullKind          Kind = iota // YAML null, ~ or an empty value; JSON null
	StringKind                    // text
	BoolKind                      // true or false
	IntKind                       // an integer, however written (decimal, 0x, 0o, 0b, YAML's leading-zero octal)
	FloatKind                     // a floating-point number, infinities and NaN included
	DatetimeKind                  // a date and time with a UTC offset: 2024-03-05T10:20:30+09:00
	LocalDatetimeKind             // a date and time with no offset: 2024-03-05T10:20:30
	LocalDateKind                 // a date alone: 2024-03-05
	LocalTimeKind                 // a time of day alone: 10:20:30 (TOML only)
	ListKind                      // an ordered list of values
	MapKind                       // an ordered map from string keys to values
)

var kindNames = [...]string{"null", "string", "bool", "int", "float", "datetime", "local datetime", "local date", "local time", "list", "map"}

// String returns the kind's name: "string", "local date" ….
func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "Kind(" + strconv.Itoa(int(k)) + ")"
}

// style records how a value was written, so that re-rendering it in the
// same format keeps its look.
type style uint8

const (
	styleAny     style = iota // no preference: the renderer chooses
	stylePlain                // YAML plain scalar; TOML bare key
	styleSingle               // 'single' (YAML) or 'literal' (TOML) quotes
	styleDouble               // "double" quotes
	styleLiteral              // YAML | block; TOML multi-line string
	styleFolded               // YAML > block
	styleFlow                 // YAML [a, b] / {a: 1}; TOML inline array or table
)

// comments holds the comments attached to a value or key. Each is one or
// more lines, each starting with "#", joined by "\n".
type comments struct {
	head string // the lines above
	line string // the end of the line
	foot string // the lines below, before the next value
}

// A Node is one value of the front matter: a scalar, a list or a map. Nodes
// from a file remember where they were and how they were written; nodes
// made by code (NewString, NewList …) carry no position and are rendered
// in the plainest form the target format allows.
//
// Scalars are immutable. Change a value by setting a new node into its map
// (Map.Set); change a list by building a new one (NewList) and setting it.
type Node struct {
	kind  Kind
	text  string // StringKind: the value; other scalars: the literal as written
	items []*Node
	m     *Map
	style style
	com   comments

	line, col int // position in the file, 1-based; 0 for nodes made by code

	anchor string // YAML anchor defined on this node ("&name")
	alias  *Node  // YAML alias ("*name"): the anchored node this one stands for
}

// target resolves a YAML alias to the node it stands for.
func (n *Node) target() *Node {
	for n != nil && n.alias != nil {
		n = n.alias
	}
	return n
}

// Kind returns the kind of the value. A nil node is null.
func (n *Node) Kind() Kind {
	if n = n.target(); n == nil {
		return NullKind
	}
	return n.kind
}

// Str returns a string's value. For any other scalar it returns the literal
// as written in the file ("01234", "1.10", "2024-03-05"), or a canonical
// form for nodes made by code; for lists, maps and null it returns "".
func (n *Node) Str() string {
	if n = n.target(); n == nil {
		return ""
	}
	return n.text
}

// Bool returns a boolean's value; false for any other kind.
func (n *Node) Bool() bool {
	n = n.target()
	return n != nil && n.kind == BoolKind && strings.EqualFold(n.text, "true")
}

// Int returns an integer's value. It reports false when the node is not an
// integer or when the integer does not fit in an int64 (see BigInt).
func (n *Node) Int() (int64, bool) {
	b := n.BigInt()
	if b == nil || !b.IsInt64() {
		return 0, false
	}
	return b.Int64(), true
}

// BigInt returns an integer's exact value, however large; nil when the node
// is not an integer.
func (n *Node) BigInt() *big.Int {
	if n = n.target(); n == nil || n.kind != IntKind {
		return nil
	}
	v, _ := parseIntLiteral(n.text)
	return v
}

// Float returns a number's value: a float's, or an integer's converted. It
// returns 0 for any other kind.
func (n *Node) Float() float64 {
	switch n = n.target(); n.Kind() {
	case FloatKind:
		f, _ := parseFloatLiteral(n.text)
		return f
	case IntKind:
		f, _ := new(big.Float).SetInt(n.BigInt()).Float64()
		return f
	}
	return 0
}

// Time returns the value of the four time kinds. A datetime keeps its
// offset (it is never moved to UTC); the local kinds are returned in
// time.UTC with the wall clock as written, a local time on 0000-01-01. It
// returns the zero Time for any other kind.
func (n *Node) Time() time.Time {
	n = n.target()
	if n == nil {
		return time.Time{}
	}
	t, _ := parseTimeLiteral(n.kind, n.text)
	return t
}

// Items returns the items of a list, nil for any other kind. The slice
// belongs to the node: to change a list, build a new one with NewList and
// set it into its map.
func (n *Node) Items() []*Node {
	if n = n.target(); n == nil || n.kind != ListKind {
		return nil
	}
	return n.items
}

// Map returns the map of a MapKind node, nil for any other kind. Changes
// made through it are changes to the document.
func (n *Node) Map() *Map {
	if n = n.target(); n == nil || n.kind != MapKind {
		return nil
	}
	return n.m
}

// Pos returns the 1-based line and column (in bytes) where the value was
// written in the file; 0, 0 for nodes made by code.
func (n *Node) Pos() (line, col int) {
	if n == nil {
		return 0, 0
	}
	return n.line, n.col
}

// NewNull returns a null value. TOML has none: converting a null to TOML
// is an error.
func NewNull() *Node { return &Node{kind: NullKind} }

// NewString returns a string value.
func NewString(s string) *Node { return &Node{kind: StringKind, text: s} }

// NewBool returns a boolean value.
func NewBool(b bool) *Node { return &Node{kind: BoolKind, text: strconv.FormatBool(b)} }

// NewInt returns an integer value.
func NewInt(i int64) *Node { return &Node{kind: IntKind, text: strconv.FormatInt(i, 10)} }

// NewFloat returns a floating-point value.
func NewFloat(f float64) *Node { return &Node{kind: FloatKind, text: formatFloat(f)} }

// NewDatetime returns a date and time that keeps t's UTC offset, written
// as RFC 3339 (2024-03-05T10:20:30+09:00). The offset is written "Z" only
// when t's location is time.UTC; any other location, a zero offset
// included, is written as a number (+00:00), as an author would have it.
func NewDatetime(t time.Time) *Node {
	layout := "2006-01-02T15:04:05.999999999-07:00"
	if t.Location() == time.UTC {
		layout = time.RFC3339Nano
	}
	return &Node{kind: DatetimeKind, text: t.Format(layout)}
}

// NewLocalDatetime returns a date and time with no offset: t's wall clock,
// whatever its location.
func NewLocalDatetime(t time.Time) *Node {
	return &Node{kind: LocalDatetimeKind, text: t.Format(layoutLocalDatetime)}
}

// NewLocalDate returns a date with no time: t's calendar date.
func NewLocalDate(t time.Time) *Node {
	return &Node{kind: LocalDateKind, text: t.Format(time.DateOnly)}
}

// NewLocalTime returns a time of day with no date: t's wall clock.
func NewLocalTime(t time.Time) *Node {
	return &Node{kind: LocalTimeKind, text: t.Format(layoutLocalTime)}
}

// NewList returns a list holding items, in order. A nil item is null.
func NewList(items ...*Node) *Node {
	for i, it := range items {
		if it == nil {
			items[i] = NewNull()
		}
	}
	return &Node{kind: ListKind, items: items}
}

// NewMapNode returns a value holding m; a nil m is a new empty map.
func NewMapNode(m *Map) *Node {
	if m == nil {
		m = NewMap()
	}
	return &Node{kind: MapKind, m: m}
}

const (
	layoutLocalDatetime = "2006-01-02T15:04:05.999999999"
	layoutLocalTime     = "15:04:05.999999999"
)

// formatFloat writes f so that every format reads it back as a float:
// with a decimal point or an exponent, "inf", "-inf" or "nan".
func formatFloat(f float64) string {
	switch {
	case math.IsInf(f, 1):
		return "inf"
	case math.IsInf(f, -1):
		return "-inf"
	case math.IsNaN(f):
		return "nan"
	}
	s := strconv.FormatFloat(f, 'g', -1, 64)
	if strings.ContainsAny(s, "e") {
		// "1e+21" → "1.0e+21": YAML needs the point to see a float.
		mant, exp, _ := strings.Cut(s, "e")
		if !strings.Contains(mant, ".") {
			mant += ".0"
		}
		return mant + "e" + exp
	}
	if !strings.Contains(s, ".") {
		s += ".0"
	}
	return s
}

// splitSign takes the sign off a number literal the way goccy/go-yaml
// does: one "+", then one "-", and the underscores out. TOML and JSON
// literals read the same way.
func splitSign(s string) (neg bool, digits string) {
	neg = strings.HasPrefix(s, "-")
	digits = strings.TrimPrefix(strings.TrimPrefix(s, "+"), "-")
	return neg, strings.ReplaceAll(digits, "_", "")
}

// parseIntLiteral reads an integer literal of any of the formats: an
// optional sign, a 0x, 0o or 0b prefix or YAML's leading-zero octal, and
// underscores between digits.
func parseIntLiteral(s string) (*big.Int, bool) {
	neg, t := splitSign(s)
	base, t := numberBase(t)
	if t == "" || t[0] == '+' || t[0] == '-' {
		return nil, false
	}
	v, ok := new(big.Int).SetString(t, base)
	if ok && neg {
		v.Neg(v)
	}
	return v, ok
}

// numberBase returns the base of the unsigned number literal t and its
// digits: 0x, 0o and 0b prefixes, and YAML's leading-zero octal (not for a
// decimal fraction such as 0.5).
func numberBase(t string) (base int, digits string) {
	switch {
	case strings.HasPrefix(t, "0x"):
		return 16, t[2:]
	case strings.HasPrefix(t, "0o"):
		return 8, t[2:]
	case strings.HasPrefix(t, "0b"):
		return 2, t[2:]
	case len(t) > 1 && t[0] == '0' && !strings.Contains(t, "."):
		return 8, t
	}
	return 10, t
}

// parseFloatLiteral reads a float literal of any of the formats: YAML's
// .inf and .nan, TOML's inf and nan, underscores between digits.
func parseFloatLiteral(s string) (float64, bool) {
	switch strings.ToLower(strings.TrimLeft(s, "+-")) {
	case ".inf", "inf":
		if strings.HasPrefix(s, "-") {
			return math.Inf(-1), true
		}
		return math.Inf(1), true
	case ".nan", "nan":
		return math.NaN(), true
	}
	neg, t := splitSign(s)
	if neg {
		t = "-" + t
	}
	f, err := strconv.ParseFloat(t, 64)
	return f, err == nil
}

// timeLayouts are the layouts of the four time kinds, as TOML writes them
// (RFC 3339, with "T", "t" or a space between date and time).
var timeLayouts = map[Kind][]string{
	DatetimeKind:      {"2006-01-02T15:04:05.999999999Z07:00", "2006-01-02t15:04:05.999999999Z07:00", "2006-01-02 15:04:05.999999999Z07:00"},
	LocalDatetimeKind: {"2006-01-02T15:04:05.999999999", "2006-01-02t15:04:05.999999999", "2006-01-02 15:04:05.999999999"},
	LocalDateKind:     {time.DateOnly},
	LocalTimeKind:     {layoutLocalTime},
}

// parseTimeLiteral reads the literal of a time kind.
func parseTimeLiteral(k Kind, s string) (time.Time, bool) {
	// time.Parse accepts a lower-case "z" only through the layout's
	// "Z07:00"; normalise it.
	s = strings.Replace(s, "z", "Z", 1)
	for _, layout := range timeLayouts[k] {
		// Only the layout with s's separator between date and time may
		// read it: the others would fail, each allocating an error.
		if len(layout) > 10 && len(s) > 10 && layout[10] != s[10] && layout[:10] == time.DateOnly {
			continue
		}
		if t, err := time.Parse(layout, s); err == nil {
			return t, true
		}
	}
	return time.Time{}, false
}
