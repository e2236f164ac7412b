package frontmatter

import (
	"bytes"
	"fmt"
	"strings"
)

// newWriter returns a writer for format f in the document's habits: its
// line ends and, for YAML and JSON written over themselves, its
// indentation.
func (d *Document) newWriter(t *tree, f Format) *writer {
	w := &writer{eol: d.eol(), style: t.style, comments: f != JSON, yamlText: f == YAML, jsonIndent: "  ", convert: f != t.format}
	if f == JSON && t.format == JSON {
		w.jsonIndent, w.jsonCompact = jsonLayout(t)
	}
	return w
}

// eol returns the line end the file uses: that of its first line.
func (d *Document) eol() string {
	if i := bytes.IndexByte(d.src, '\n'); i > 0 && d.src[i-1] == '\r' {
		return "\r\n"
	}
	return "\n"
}

// render writes the whole front matter of t in format f, without
// delimiters.
func (w *writer) render(t *tree, f Format) []byte {
	switch f {
	case YAML:
		if t.com.head != "" {
			w.commentLines(t.com.head, "")
			w.nl()
		}
		w.yamlMap(t.m, "", false)
		w.commentLines(t.com.foot, "")
	case TOML:
		if t.com.head != "" {
			w.commentLines(t.com.head, "")
			w.nl()
		}
		w.tomlTable(t.m, "")
		w.commentLines(t.com.foot, "")
	case JSON:
		w.countComments(t.com)
		w.str(w.jsonValue(NewMapNode(t.m), "", ""))
	}
	return w.buf
}

// conversionWarnings returns what changed form in a conversion to f: the
// comments f could not hold, the YAML aliases it expanded.
func (w *writer) conversionWarnings(d *Document, f Format) []Warning {
	line, col := position(d.src, d.l.start)
	warns := w.warns
	if w.dropped > 0 {
		warns = append(warns, Warning{Line: line, Col: col, Msg: fmt.Sprintf("%d comment(s) dropped: %s has no place for them", w.dropped, strings.ToUpper(string(f)))})
	}
	if w.expanded {
		warns = append(warns, Warning{Line: line, Col: col, Msg: fmt.Sprintf("YAML anchors, aliases and merge keys expanded: %s has none", strings.ToUpper(string(f)))})
	}
	return warns
}

// splice rewrites the front matter text in its own format, re-rendering
// only the top-level entries that changed and copying every other byte.
func (d *Document) splice(t *tree) ([]byte, error) {
	w := d.newWriter(t, t.format)
	if !t.splice {
		out := w.render(t, t.format)
		return out, w.err
	}
	if t.format == JSON {
		return d.spliceJSON(t, w)
	}
	raw := t.raw
	out := append([]byte(nil), raw[:t.pre]...)
	// The comments of a deleted entry stay, above the entry after it.
	present := map[*entry]bool{}
	for _, e := range t.m.entries {
		present[e] = true
	}
	inherited := map[*entry][]byte{}
	var orphan []byte
	for _, e := range t.orig {
		if !present[e] {
			for _, c := range e.src.chunks {
				orphan = append(orphan, raw[c.lead:c.start]...)
			}
			continue
		}
		if orphan != nil {
			inherited[e], orphan = orphan, nil
		}
	}
	passes := []bool{false}
	if t.format == TOML {
		passes = []bool{false, true} // key = value lines, then tables
	}
	for _, tables := range passes {
		for _, e := range t.m.entries {
			text := d.entryText(t, w, e, tables)
			if len(text) == 0 {
				continue
			}
			out = append(out, inherited[e]...)
			delete(inherited, e)
			out = append(out, text...)
		}
	}
	out = append(out, orphan...)
	out = append(out, raw[t.tail:]...)
	return out, w.err
}

// entryText returns the text of a top-level entry: its own bytes when it is
// unchanged, with the key replaced when only renamed, re-rendered when its
// value changed. For TOML, tables selects the [table] part of the entry or
// its key = value lines.
func (d *Document) entryText(t *tree, w *writer, e *entry, tables bool) []byte {
	raw := t.raw
	clean := e.src != nil && !e.replaced && !e.value.modified()
	if clean && e.renamed {
		for _, c := range e.src.chunks {
			if c.key[1] == 0 {
				clean = false
			}
		}
	}
	if clean {
		var out []byte
		for _, c := range e.src.chunks {
			if c.table != tables {
				continue
			}
			if !e.renamed {
				out = append(out, raw[c.lead:c.end]...)
				continue
			}
			out = append(out, raw[c.lead:c.key[0]]...)
			out = append(out, w.keyText(t.format, e)...)
			out = append(out, raw[c.key[1]:c.end]...)
		}
		return out
	}
	if t.format == TOML && tableLike(e.value) != tables {
		return nil
	}
	var lead []byte
	if e.src != nil {
		for _, c := range e.src.chunks {
			if c.table == tables || t.format == YAML {
				lead = raw[c.lead:c.start]
				break
			}
		}
	}
	// The comments above and below the entry are kept in place, in the
	// leads: render only the entry itself.
	bare := *e
	if e.src != nil {
		bare.com.head, bare.com.foot = "", ""
	}
	sub := *w
	sub.buf = nil
	switch t.format {
	case YAML:
		sub.yamlEntry(&bare, "", false, true)
	case TOML:
		if tables {
			sub.tomlSection(&bare, "")
			if e.src == nil {
				lead = []byte(w.eol) // a new table, apart from what is above
			}
		} else {
			sub.tomlKeyValue(&bare, "")
		}
	}
	w.warns, w.dropped, w.expanded = sub.warns, sub.dropped, sub.expanded
	if w.err == nil {
		w.err = sub.err
	}
	return append(append([]byte(nil), lead...), sub.buf...)
}

// keyText returns a renamed key as format f writes it.
func (w *writer) keyText(f Format, e *entry) string {
	switch f {
	case YAML:
		return w.yamlKey(e)
	case TOML:
		return tomlKey(e.key)
	}
	return jsonQuote(e.key)
}

// spliceJSON rewrites a JSON object member by member, keeping the spacing
// between members and every unchanged member as written.
func (d *Document) spliceJSON(t *tree, w *writer) ([]byte, error) {
	raw := t.raw
	if len(t.orig) == 0 {
		out := w.render(t, JSON)
		return out, w.err
	}
	first, last := t.orig[0].src.chunks[0], t.orig[len(t.orig)-1].src.chunks[0]
	open, closing := raw[:first.start], raw[last.end:]
	sep := []byte(", ")
	if len(t.orig) > 1 {
		sep = raw[first.end:t.orig[1].src.chunks[0].start]
	} else if i := bytes.LastIndexByte(open, '\n'); i >= 0 {
		sep = append([]byte(","), open[i-boolInt(i > 0 && open[i-1] == '\r'):]...)
	}
	ind := ""
	if i := bytes.LastIndexByte(open, '\n'); i >= 0 {
		ind = string(open[i+1:])
	}
	out := append([]byte(nil), open...)
	for i, e := range t.m.entries {
		if i > 0 {
			out = append(out, sep...)
		}
		clean := e.src != nil && !e.replaced && !e.value.modified()
		c := chunk{}
		if e.src != nil {
			c = e.src.chunks[0]
		}
		switch {
		case clean && e.renamed:
			out = append(out, jsonQuote(e.key)...)
			out = append(out, raw[c.key[1]:c.end]...)
		case clean:
			out = append(out, raw[c.start:c.end]...)
		default:
			out = append(out, w.jsonMember(e, ind, "")...)
		}
	}
	out = append(out, closing...)
	return out, w.err
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// jsonLayout returns the indentation unit of a JSON object as written ("")
// for one line) and whether it is written without spaces.
func jsonLayout(t *tree) (indent string, compact bool) {
	raw := t.raw
	if len(t.orig) == 0 {
		return "  ", false
	}
	c := t.orig[0].src.chunks[0]
	open := raw[:c.start]
	compact = c.key[1] < len(raw) && raw[c.key[1]] == ':' && c.key[1]+1 < len(raw) && raw[c.key[1]+1] != ' '
	if i := bytes.LastIndexByte(open, '\n'); i >= 0 {
		return string(open[i+1:]), false
	}
	return "", compact
}
