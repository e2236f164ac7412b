package frontmatter

import (
	"strings"
	"unicode/utf8"
)

// Parse only what a rule needs: most front matter of a site already read
// by Hugo (every file, once hugofmt has run) is plain YAML in Hugo's own
// spelling, which no rule changes. Building the model for it (yaml.v3's
// node tree, then ours) is most of the cost of a rule run, so the rules
// first read such front matter with quickYAML, a line reader for a narrow,
// unambiguous subset of YAML, and ask it whether they would change
// anything. Whatever it is not sure of (a tag, an anchor, a multi-line
// scalar, a key it does not know how YAML types…) it refuses, and the
// rule reads the model as before. TestQuickAgreesWithRules and FuzzQuick
// hold its answers to the rules' own.

// A quickFM is front matter as quickYAML reads it: the top-level entries,
// in order.
type quickFM struct {
	entries []quickEntry
}

// A quickEntry is a top-level key and its value.
type quickEntry struct {
	key   string
	value quickValue
}

// A quickValue is what quickYAML knows of a value: a scalar with its kind
// and text (the value of a quoted string, the literal of a plain one), or
// a list of scalars, or a map (whose content no rule of the hugo preset
// reads, past its keys' case).
type quickValue struct {
	kind  Kind
	text  string
	items []quickValue // ListKind: the items, all scalars
}

// quick returns the document's front matter as quickYAML reads it, or nil
// when it is not YAML or not in the subset. It is read once.
func (d *Document) quick() *quickFM {
	if !d.quickRead {
		d.quickRead = true
		if d.l.format == YAML {
			d.quickFM = quickYAML(d.Raw())
		}
	}
	return d.quickFM
}

// quickYAML reads raw as a block map of plain keys to single-line scalars,
// flow lists of them, block lists of them, and block maps of the same,
// with comments and blank lines, and returns nil for anything else: what
// it accepts, yaml.v3 and the model read alike, without error.
func quickYAML(raw []byte) *quickFM {
	if !utf8.Valid(raw) {
		return nil
	}
	q := &quickReader{}
	text := string(raw) // one copy: keys and values are slices of it
	for len(text) > 0 {
		line := text
		if i := strings.IndexByte(text, '\n'); i >= 0 {
			line, text = text[:i], text[i+1:]
		} else {
			text = ""
		}
		if !q.line(strings.TrimSuffix(line, "\r")) {
			return nil
		}
	}
	if !q.end() {
		return nil
	}
	return &quickFM{entries: q.top}
}

// quickReader holds quickYAML's state: the maps and list open at each
// indentation, outermost first.
type quickReader struct {
	top   []quickEntry
	open  []quickLevel
	await bool // the last key had no value on its line: a nested list or map follows, or it is null
	keyAt int  // that key's indentation
}

// A quickLevel is a map or a list being read, at an indentation.
type quickLevel struct {
	indent int
	list   bool
	keys   []string // a map's keys: a key twice, or in two cases, is refused
	entry  int      // a top-level entry's index, for what it holds; -1 deeper
}

func (q *quickReader) line(line string) bool {
	ascii := true
	for i := 0; i < len(line); i++ {
		c := line[i]
		if c == '\t' || c < 0x20 || c == 0x7f {
			return false // tabs and control characters: leave them to the model
		}
		ascii = ascii && c < utf8.RuneSelf
	}
	if !ascii && strings.ContainsFunc(line, func(r rune) bool { return r >= utf8.RuneSelf && !printable(r) }) {
		return false // (the whole text is valid UTF-8: quickYAML checked)
	}
	text := strings.TrimLeft(line, " ")
	indent := len(line) - len(text)
	switch {
	case text == "":
		return true
	case text[0] == '#':
		return true // a comment line
	case indent == 0 && (strings.HasPrefix(text, "---") || strings.HasPrefix(text, "...")):
		return false // a document marker
	}
	isItem := text == "-" || strings.HasPrefix(text, "- ")
	if q.await {
		// The key before holds what comes now, if indented (a list may
		// also start at the key's own indentation).
		q.await = false
		switch {
		case indent > q.keyAt && isItem, indent == q.keyAt && isItem:
			q.push(quickLevel{indent: indent, list: true}, ListKind)
		case indent > q.keyAt:
			q.push(quickLevel{indent: indent}, MapKind)
		default:
			q.setValue(quickValue{kind: NullKind})
		}
	}
	// Close what this line is outside of: deeper levels, and a list at
	// its own indentation when it is no item.
	for n := len(q.open); n > 0 && (indent < q.open[n-1].indent || indent == q.open[n-1].indent && q.open[n-1].list && !isItem); n-- {
		q.open = q.open[:n-1]
	}
	if len(q.open) == 0 {
		if indent != 0 {
			return false
		}
		q.open = append(q.open, quickLevel{indent: 0, entry: -1})
	}
	lvl := &q.open[len(q.open)-1]
	if indent != lvl.indent {
		return false // deeper than a value may start, or between levels
	}
	if lvl.list {
		if text != "-" && !strings.HasPrefix(text, "- ") {
			return false
		}
		v, ok := quickScalar(strings.TrimLeft(text[1:], " "), false)
		if !ok || v.kind == ListKind {
			return false
		}
		q.addItem(v)
		return true
	}
	key, rest, ok := quickKey(text)
	if !ok {
		return false
	}
	for _, k := range lvl.keys {
		if strings.EqualFold(k, key) { // ASCII keys: as strings.ToLower compares them
			return false
		}
	}
	lvl.keys = append(lvl.keys, key)
	if len(q.open) == 1 {
		q.top = append(q.top, quickEntry{key: key})
	}
	if rest = strings.TrimLeft(rest, " "); rest == "" || rest[0] == '#' {
		q.await, q.keyAt = true, indent
		return true
	}
	v, ok := quickScalar(rest, true)
	if !ok {
		return false
	}
	if len(q.open) == 1 {
		q.top[len(q.top)-1].value = v
	}
	return true
}

// end finishes the reading: a key left waiting has a null value.
func (q *quickReader) end() bool {
	if q.await {
		q.setValue(quickValue{kind: NullKind})
	}
	return true
}

// push opens a list or map as the value of the key read last.
func (q *quickReader) push(l quickLevel, k Kind) {
	l.entry = -1
	if len(q.open) == 1 {
		l.entry = len(q.top) - 1
		q.top[l.entry].value = quickValue{kind: k}
	}
	q.open = append(q.open, l)
}

// setValue gives the key read last a value, when it is a top-level one.
func (q *quickReader) setValue(v quickValue) {
	if len(q.open) == 1 {
		q.top[len(q.top)-1].value = v
	}
}

// addItem adds an item to the list being read, when it is a top-level
// entry's value.
func (q *quickReader) addItem(v quickValue) {
	if e := q.open[len(q.open)-1].entry; e >= 0 {
		q.top[e].value.items = append(q.top[e].value.items, v)
	}
}

// quickKey reads a map entry's key, plain and ASCII, and returns what
// follows its colon.
func quickKey(text string) (key, rest string, ok bool) {
	i := strings.IndexByte(text, ':')
	if i <= 0 || i+1 < len(text) && text[i+1] != ' ' {
		return "", "", false
	}
	key = text[:i]
	if len(key) > 128 {
		return "", "", false // YAML bounds implicit keys
	}
	for j := 0; j < len(key); j++ {
		if c := key[j]; !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || j > 0 && (c >= '0' && c <= '9' || c == '-')) {
			return "", "", false
		}
	}
	if resolvePlain(key) != StringKind {
		return "", "", false // "true:", "null:": YAML types the key
	}
	return key, text[i+1:], true
}

// quickScalar reads a value written on one line: a plain scalar, a quoted
// string without escapes, or (when flow is set) a flow list of those,
// with an optional comment after it.
func quickScalar(s string, flow bool) (quickValue, bool) {
	switch {
	case s == "" || s[0] == '#':
		return quickValue{kind: NullKind}, true
	case s[0] == '"' || s[0] == '\'':
		end := strings.IndexByte(s[1:], s[0])
		if end < 0 || s[0] == '"' && strings.IndexByte(s[1:end+1], '\\') >= 0 {
			return quickValue{}, false
		}
		if !quickAfter(s[end+2:]) {
			return quickValue{}, false
		}
		return quickValue{kind: StringKind, text: s[1 : end+1]}, true
	case s[0] == '[' && flow:
		end := strings.IndexByte(s, ']')
		if end < 0 || !quickAfter(s[end+1:]) {
			return quickValue{}, false
		}
		v := quickValue{kind: ListKind}
		inner := strings.TrimSpace(s[1:end])
		if inner == "" {
			return v, true
		}
		for _, item := range strings.Split(inner, ",") {
			item = strings.TrimSpace(item)
			if item == "" || strings.ContainsAny(item, "[]{}#\"'") || strings.Contains(item, ": ") || strings.HasSuffix(item, ":") {
				return quickValue{}, false
			}
			it, ok := quickScalar(item, false)
			if !ok {
				return quickValue{}, false
			}
			v.items = append(v.items, it)
		}
		return v, true
	}
	// A plain scalar: no indicator first, no ": " or " #" inside.
	if strings.ContainsRune("-?:,[]{}#&*!|>'\"%@`", rune(s[0])) && !(s[0] == '-' && len(s) > 1 && s[1] >= '0' && s[1] <= '9') || strings.HasPrefix(s, "<<") {
		return quickValue{}, false
	}
	if i := strings.Index(s, " #"); i >= 0 {
		s = s[:i]
	}
	s = strings.TrimRight(s, " ")
	if strings.Contains(s, ": ") || strings.HasSuffix(s, ":") || s == "" {
		return quickValue{}, false
	}
	return quickValue{kind: resolvePlain(s), text: s}, true
}

// quickAfter reports whether what follows a quoted scalar or a flow list
// on its line is nothing, or a comment.
func quickAfter(s string) bool {
	t := strings.TrimLeft(s, " ")
	return t == "" || t[0] == '#' && len(t) < len(s)
}

// quickChecks answer, for the rules of the hugo preset and format, whether
// the rule would leave front matter as quickYAML reads it as it is: no
// change, no warning. Each answers false when it is not sure.
var quickChecks = map[string]func(*quickFM, *Config) bool{
	"keys": quickKeys, "aliases": quickAliases, "taxonomies": quickTaxonomies,
	"dates": quickDates, "types": quickTypes, "format": quickFormat,
}

// quickKeys: every top-level key is spelled as Hugo spells it or is no key
// of Hugo's, and no map holds two keys that differ only in case (quickYAML
// refuses those).
func quickKeys(q *quickFM, cfg *Config) bool {
	for _, e := range q.entries {
		if want, ok := hugoSpelling(e.key, cfg); ok && want != e.key {
			return false
		}
	}
	return true
}

// quickAliases: no key is one the aliases rule renames or reports.
func quickAliases(q *quickFM, _ *Config) bool {
	for _, e := range q.entries {
		for _, a := range keyAliases {
			if lowerIs(e.key, a.from) {
				return false
			}
		}
	}
	return true
}

// quickTaxonomies: every taxonomy is a list of trimmed terms, none twice,
// or is not a string.
func quickTaxonomies(q *quickFM, cfg *Config) bool {
	taxonomies := cfg.taxonomies()
	for _, e := range q.entries {
		if !containsLower(taxonomies, e.key) {
			continue
		}
		switch e.value.kind {
		case StringKind:
			return false
		case ListKind:
			var seen []string
			for _, it := range e.value.items {
				if it.kind != StringKind {
					continue
				}
				term := strings.TrimSpace(it.text)
				if term == "" || term != it.text || containsString(seen, term) {
					return false
				}
				seen = append(seen, term)
			}
		}
	}
	return true
}

// quickDates: every date is null, empty, or written as Hugo documents it
// (and, with Config.Location, is not a date and time without a zone).
func quickDates(q *quickFM, cfg *Config) bool {
	for _, e := range q.entries {
		if !containsLower(dateKeys, e.key) {
			continue
		}
		switch v := e.value; v.kind {
		case NullKind:
		case StringKind, DatetimeKind, LocalDatetimeKind, LocalDateKind:
			if v.kind == StringKind && v.text == "" {
				continue
			}
			if !isCanonicalDate(v.text) || cfg.Location != nil && isLocalDateTime(v.text) {
				return false
			}
		default:
			return false
		}
	}
	return true
}

// quickTypes: no boolean or weight is a string.
func quickTypes(q *quickFM, _ *Config) bool {
	for _, e := range q.entries {
		if (containsLower(boolKeys, e.key) || lowerIs(e.key, "weight")) && e.value.kind == StringKind {
			return false
		}
	}
	return true
}

// quickFormat: the front matter is already in the format asked for.
func quickFormat(_ *quickFM, cfg *Config) bool { return cfg.Format == YAML }

// containsLower reports whether key, lower-cased, is one of lowers.
func containsLower(lowers []string, key string) bool {
	for _, l := range lowers {
		if lowerIs(key, l) {
			return true
		}
	}
	return false
}

func containsString(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}
