package frontmatter

import (
	"fmt"
	"iter"
	"slices"
)

// A Map is an ordered map from string keys to values that keeps, for each
// key, its position in the file and its comments. The zero value is not
// usable: make one with NewMap. A Map is not safe for concurrent use.
//
// Keys are matched exactly (Hugo lower-cases them later; the "keys" rule
// settles their spelling). In a YAML map with merge keys ("<<: *base"),
// Keys and Get see the merged keys too, as Hugo does, and Set on a key that
// only comes from a merge adds it to this map, overriding the merged value.
type Map struct {
	entries []*entry
	edited  bool // an entry was added, deleted, renamed, replaced or moved
	merges  bool // an entry is a YAML "<<" merge key
}

// An entry is one key of a Map with its value.
type entry struct {
	key      string
	keyStyle style // how the key was quoted
	value    *Node
	com      comments
	line     int // where the key is in the file, 1-based; 0 when made by code
	col      int
	merge    bool // a YAML "<<" merge key: value is a map or a list of maps to merge
	blank    bool // a blank line separates it from the entry above in the file
	replaced bool // Set gave it a new value since parsing
	renamed  bool // Rename gave it a new key since parsing
	src      *span
}

// NewMap returns an empty map.
func NewMap() *Map { return &Map{} }

// Len returns the number of keys, merged keys included.
func (m *Map) Len() int { return len(m.Keys()) }

// Keys returns the keys in order. Keys merged from a YAML "<<" take the
// place of the merge key, in the order of the merged map.
func (m *Map) Keys() []string {
	if m.merges {
		return m.expanded().Keys()
	}
	keys := make([]string, len(m.entries))
	for i, e := range m.entries {
		keys[i] = e.key
	}
	return keys
}

// keys returns an iterator over the keys, in the order of Keys, without
// copying them.
func (m *Map) keys() iter.Seq[string] {
	return func(yield func(string) bool) {
		if m.merges {
			for _, k := range m.Keys() {
				if !yield(k) {
					return
				}
			}
			return
		}
		for _, e := range m.entries {
			if !yield(e.key) {
				return
			}
		}
	}
}

// Get returns the value of key, or nil when the map has no such key.
func (m *Map) Get(key string) *Node {
	if m.merges {
		return m.expanded().Get(key)
	}
	if e := m.own(key); e != nil {
		return e.value
	}
	return nil
}

// own returns the entry of key written in this map (not merged), or nil.
func (m *Map) own(key string) *entry {
	for _, e := range m.entries {
		if e.key == key && !e.merge {
			return e
		}
	}
	return nil
}

// Set gives key the value v (nil is null). An existing key keeps its place,
// position and comments, and a new string its quoting; a new key goes at
// the end. Setting a value equal to the current one (same kind, same
// value) changes nothing, so a rule can set what it wants without making
// the document look edited.
func (m *Map) Set(key string, v *Node) {
	if v == nil {
		v = NewNull()
	}
	if e := m.own(key); e != nil {
		if equalNodes(e.value, v) && sameLiteral(e.value, v) {
			return
		}
		if old := e.value; v.style == styleAny && v.kind == old.kind && v.kind <= StringKind {
			// A new string keeps the quoting of the one it replaces.
			c := *v
			c.style = old.style
			v = &c
		}
		e.value, e.replaced, m.edited = v, true, true
		return
	}
	m.entries = append(m.entries, &entry{key: key, value: v})
	m.edited = true
}

// Delete removes key and reports whether it was there. Keys that only come
// from a YAML merge cannot be deleted: Delete reports false for them.
func (m *Map) Delete(key string) bool {
	for i, e := range m.entries {
		if e.key == key && !e.merge {
			m.entries = slices.Delete(m.entries, i, i+1)
			m.edited = true
			return true
		}
	}
	return false
}

// Rename gives the value of old the key new, keeping its place, value and
// comments. It fails when old is not in the map or new already is.
// Renaming a key to itself does nothing.
func (m *Map) Rename(old, new string) error {
	e := m.own(old)
	switch {
	case e == nil:
		return fmt.Errorf("rename %q: no such key", old)
	case old == new:
		return nil
	case m.Get(new) != nil:
		return fmt.Errorf("rename %q to %q: %q already exists", old, new, new)
	}
	e.key, e.keyStyle, e.renamed, m.edited = new, styleAny, true, true
	return nil
}

// Reorder puts the given keys first, in that order, and the others after
// them in their present order. Keys not in the map are ignored.
func (m *Map) Reorder(keys []string) {
	rank := func(e *entry) int {
		if i := slices.Index(keys, e.key); i >= 0 && !e.merge {
			return i
		}
		return len(keys)
	}
	sorted := slices.Clone(m.entries)
	slices.SortStableFunc(sorted, func(a, b *entry) int { return rank(a) - rank(b) })
	if !slices.Equal(sorted, m.entries) {
		m.entries, m.edited = sorted, true
	}
}

// KeyPos returns the 1-based line and column (in bytes) of key in the file;
// 0, 0 when the key is not there or was added by code.
func (m *Map) KeyPos(key string) (line, col int) {
	if e := m.own(key); e != nil {
		return e.line, e.col
	}
	return 0, 0
}

// expanded returns the map as Hugo's YAML decoder sees it: merge keys
// replaced by the keys they merge, a later key overriding an earlier one
// in value but not in place.
func (m *Map) expanded() *Map {
	out := &Map{}
	var put func(e *entry)
	put = func(e *entry) {
		if !e.merge {
			if i := slices.IndexFunc(out.entries, func(o *entry) bool { return o.key == e.key }); i >= 0 {
				c := *out.entries[i]
				c.value = e.value
				out.entries[i] = &c
				return
			}
			out.entries = append(out.entries, e)
			return
		}
		sources := []*Node{e.value}
		if e.value.Kind() == ListKind {
			sources = e.value.Items()
		}
		for _, src := range sources {
			if sm := src.Map(); sm != nil {
				for _, se := range sm.expanded().entries {
					put(se)
				}
			}
		}
	}
	for _, e := range m.entries {
		put(e)
	}
	return out
}

// modified reports whether m or any map below it was edited since parsing.
func (m *Map) modified() bool {
	if m.edited {
		return true
	}
	for _, e := range m.entries {
		if e.replaced || e.renamed || e.value.modified() {
			return true
		}
	}
	return false
}

// modified reports whether a map inside n was edited since parsing.
func (n *Node) modified() bool {
	if n == nil || n.alias != nil {
		return false
	}
	switch n.kind {
	case MapKind:
		return n.m.modified()
	case ListKind:
		for _, it := range n.items {
			if it.modified() {
				return true
			}
		}
	}
	return false
}

// equalNodes reports whether a and b hold the same value: same kind and
// same value, whatever the style, comments or positions.
// sameLiteral reports whether two scalars are written alike, so that
// setting one in place of the other changes no byte. Lists and maps are
// compared by equalNodes alone: setting an equal list keeps its style.
func sameLiteral(a, b *Node) bool {
	a, b = a.target(), b.target()
	return a.kind >= ListKind || a.text == b.text
}

func equalNodes(a, b *Node) bool {
	a, b = a.target(), b.target()
	if a.Kind() != b.Kind() {
		return false
	}
	switch a.Kind() {
	case NullKind:
		return true
	case StringKind, BoolKind:
		return a.text == b.text || (a.kind == BoolKind && a.Bool() == b.Bool())
	case IntKind:
		return a.BigInt().Cmp(b.BigInt()) == 0
	case FloatKind:
		x, y := a.Float(), b.Float()
		return x == y || (x != x && y != y)
	case ListKind:
		return slices.EqualFunc(a.items, b.items, equalNodes)
	case MapKind:
		ka, kb := a.m.Keys(), b.m.Keys()
		if !slices.Equal(ka, kb) {
			return false
		}
		for _, k := range ka {
			if !equalNodes(a.m.Get(k), b.m.Get(k)) {
				return false
			}
		}
		return true
	default: // the time kinds: same instant or wall clock, same offset
		ta, tb := a.Time(), b.Time()
		_, oa := ta.Zone()
		_, ob := tb.Zone()
		return ta.Equal(tb) && oa == ob
	}
}
