package frontmatter

import (
	"bytes"
	"sort"
)

// A tree is the parsed front matter of a Document: the map, and what is
// needed to write it back changing only what was edited.
type tree struct {
	format Format // the format it was parsed from
	*locator
	m   *Map
	com comments // comments before the first key and after the last one

	// Where the top-level entries are written, for rewriting them one by
	// one. When splice is false, an edit re-renders the whole text.
	splice bool
	orig   []*entry // the top-level entries as parsed, in source order
	pre    int      // raw[:pre] comes before every entry and stays first
	tail   int      // raw[tail:] comes after every entry and stays last
	style  yamlStyle
}

func newTree(f Format, lc *locator) *tree {
	return &tree{format: f, locator: lc, m: NewMap(), style: defaultYAMLStyle}
}

// A span is where a top-level entry is written in the front matter text.
// A YAML or JSON entry is one chunk; a TOML entry may be several, as in
// "[params]" … "[params.author]".
type span struct {
	chunks []chunk
}

// A chunk is one piece of an entry's text: raw[lead:start] are the comment
// and blank lines that travel with it, raw[start:end] the entry itself,
// from the line of its key to the end of its last line.
type chunk struct {
	lead, start, end int
	key              [2]int // where its key is written, for renaming; zero when unknown
	table            bool   // TOML: a [table] or [[array]] section, not a key = value line
}

// layoutChunks sets the lead and end of every chunk, and the preamble and
// tail of the text, from the chunks' starts. A chunk's lead is the run of
// blank and comment lines just above it (for the first chunk, comment lines
// only); the text between two chunks belongs to the first, the rest of the
// text after the last chunk is the tail. keep(e) reports whether e's value
// owns the blank lines that follow it (a YAML "|+" block). A comment line
// starts with "#" at the beginning of the line, or after indentation when
// indented is true (TOML).
func (t *tree) layoutChunks(keep func(prev *entry) bool, indented bool) {
	type owned struct {
		c *chunk
		e *entry
	}
	var all []owned
	for _, e := range t.orig {
		for i := range e.src.chunks {
			all = append(all, owned{&e.src.chunks[i], e})
		}
	}
	sort.Slice(all, func(i, j int) bool { return all[i].c.start < all[j].c.start })
	raw := t.raw
	// leadOf returns where the run of comment (and, if blanks, blank)
	// lines ending at off begins, not going above floor.
	leadOf := func(off, floor int, blanks bool) int {
		for off > floor {
			prev := t.lines.lineStart(off - 1)
			if prev < floor {
				break
			}
			line := bytes.TrimRight(raw[prev:off], "\r\n")
			text := line
			if indented {
				text = bytes.TrimLeft(line, " \t")
			}
			switch {
			case blanks && (len(line) == 0 || indented && len(bytes.TrimSpace(line)) == 0):
				// In YAML a line of spaces may be text of a block scalar.
			case len(text) > 0 && text[0] == '#':
			default:
				return off
			}
			off = prev
		}
		return off
	}
	t.pre, t.tail = 0, len(raw)
	for i, o := range all {
		switch i {
		case 0:
			o.c.lead = leadOf(o.c.start, 0, false)
			t.pre = o.c.lead
		default:
			prev := all[i-1]
			floor := t.lines.nextLine(prev.c.start, len(raw))
			o.c.lead = leadOf(o.c.start, floor, !keep(prev.e))
			prev.c.end = o.c.lead
		}
	}
	for _, o := range all {
		if &o.e.src.chunks[0] == o.c {
			o.e.blank = hasBlankLine(raw[o.c.lead:o.c.start])
		}
	}
	if n := len(all); n > 0 {
		last := all[n-1]
		floor := t.lines.nextLine(last.c.start, len(raw))
		end := len(raw)
		if t.format == YAML {
			end = yamlDocumentEnd(raw, floor)
		}
		t.tail = leadOf(end, floor, !keep(last.e))
		last.c.end = t.tail
	}
}

// yamlDocumentEnd returns the offset of the first document end marker
// ("..." at the start of a line) in raw at or after off, or len(raw). The
// marker and what follows it belong to the tail, not to the last entry, so
// that re-rendering the last entry keeps them.
func yamlDocumentEnd(raw []byte, off int) int {
	for off < len(raw) {
		line := raw[off:]
		if i := bytes.IndexByte(line, '\n'); i >= 0 {
			line = line[:i+1]
		}
		if rest, ok := bytes.CutPrefix(line, []byte("...")); ok {
			if rest = bytes.TrimLeft(rest, " \t"); len(rest) == 0 || rest[0] == '#' || rest[0] == '\r' || rest[0] == '\n' {
				return off
			}
		}
		off += len(line)
	}
	return len(raw)
}

// hasBlankLine reports whether b holds an empty line.
func hasBlankLine(b []byte) bool {
	for _, l := range bytes.SplitAfter(b, []byte("\n")) {
		if len(bytes.TrimSpace(l)) == 0 && len(l) > 0 {
			return true
		}
	}
	return false
}
