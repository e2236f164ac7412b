package mdscan

// What goldmark does to a paragraph as it closes: its leading link
// reference definitions come out of it (linkref.go), and a table takes its
// lines from the table's header on.

import "bytes"

// transformParagraph applies goldmark's paragraph transformers to p as
// it closes: its leading link reference definitions are taken out, then a
// table takes its lines from the table's header on. It reports whether
// nothing is left of p. trimmed says whether p's lines have lost their
// leading space already.
func (s *scanner) transformParagraph(p *node, trimmed bool) bool {
	if !s.mayTransform(p) {
		return false
	}
	lines, values := s.paragraphLines(p, trimmed)
	if len(lines) > 0 && bytes.HasPrefix(values[0][trimLeftSpaceLength(values[0]):], []byte("[")) {
		taken := linkReferenceLines(values)
		if taken != nil {
			refs := s.newNode(nLinkReference)
			refs.container = p.container
			kept := 0
			for i, l := range lines {
				if taken[i] {
					s.lines[l].leaf = refs
				} else {
					lines[kept], values[kept] = l, values[i]
					kept++
				}
			}
			lines, values = lines[:kept], values[:kept]
			if p.parent != nil {
				p.parent.insertBefore(p, refs)
				if kept == 0 {
					p.parent.removeChild(p)
				}
			}
			if kept == 0 {
				return true
			}
		}
	}
	return s.takeTable(p, lines, values)
}

// mayTransform reports whether paragraph p may start with a link reference
// definition or hold a table's delimiter row, cheaply.
func (s *scanner) mayTransform(p *node) bool {
	first := true
	for l := int(p.line0); l < len(s.lines) && l <= s.r.line; l++ {
		if s.lines[l].leaf != p {
			continue
		}
		b := s.lineBytes(l)
		if first {
			if bytes.HasPrefix(b[trimLeftSpaceLength(b):], []byte("[")) {
				return true
			}
			first = false
			continue
		}
		if len(bytes.Trim(b, " \t\r\n-|:")) == 0 {
			return true
		}
	}
	return false
}

// paragraphLines returns the lines of paragraph p and their text as
// goldmark's segments hold it.
func (s *scanner) paragraphLines(p *node, trimmed bool) (lines []int, values [][]byte) {
	for l := int(p.line0); l < len(s.lines) && l <= s.r.line; l++ {
		if s.lines[l].leaf != p {
			continue
		}
		b := s.lineBytes(l)
		switch {
		case trimmed: // goldmark's Segment.TrimLeftSpace drops the padding
			b = b[trimLeftSpaceLength(b):]
		case s.lines[l].padding > 0:
			b = append([]byte(spaces(int(s.lines[l].padding))), b...)
		}
		lines, values = append(lines, l), append(values, b)
	}
	if trimmed && len(values) > 0 {
		last := values[len(values)-1]
		values[len(values)-1] = last[:len(last)-trimRightSpaceLength(last)]
	}
	return lines, values
}

// takeTable gives the lines of paragraph p from a table's header on to a
// table, as goldmark's table extension does, and reports whether the
// table took them all (the paragraph is then gone).
func (s *scanner) takeTable(p *node, lines []int, values [][]byte) bool {
	for i := 1; i < len(values); i++ {
		cols := tableDelimiter(values[i])
		if cols == 0 {
			continue
		}
		if tableCells(values[i-1]) > cols {
			return false
		}
		t := s.newNode(nTable)
		t.container = p.container
		for _, l := range lines[i-1:] {
			s.lines[l].leaf = t
		}
		if p.parent != nil {
			p.parent.insertAfter(p, t)
			if i == 1 {
				p.parent.removeChild(p)
			}
		}
		return i == 1
	}
	return false
}

// tableDelimiter returns the number of columns of a table's delimiter row
// (|:--|--:|), or 0 when line is not one.
func tableDelimiter(line []byte) int {
	if w, _ := indentWidth(line, 0); w > 3 {
		return 0
	}
	allDashes := true
	for _, c := range line {
		if c != '-' {
			allDashes = false
		}
		if !isSpace(c) && c != '-' && c != '|' && c != ':' {
			return 0
		}
	}
	if allDashes {
		return 0
	}
	cols := bytes.Split(line, []byte("|"))
	if isBlank(cols[0]) {
		cols = cols[1:]
	}
	if len(cols) > 0 && isBlank(cols[len(cols)-1]) {
		cols = cols[:len(cols)-1]
	}
	for _, col := range cols {
		col = bytes.Trim(col, " \t\n\f\r")
		col = bytes.TrimPrefix(col, []byte(":"))
		col = bytes.TrimSuffix(col, []byte(":"))
		if len(col) == 0 || len(bytes.Trim(col, "-")) != 0 {
			return 0
		}
	}
	return len(cols)
}

// tableCells returns the number of cells goldmark reads in a header row.
func tableCells(line []byte) int {
	line = line[trimLeftSpaceLength(line):]
	line = line[:len(line)-trimRightSpaceLength(line)]
	pos, limit := 0, len(line)
	if limit > 0 && line[0] == '|' {
		pos++
	}
	if limit > 0 && line[limit-1] == '|' {
		limit--
	}
	n := 0
	for ; pos < limit; n++ {
		closure := pos
		for closure < limit && (line[closure] != '|' || closure > 0 && line[closure-1] == '\\') {
			closure++
		}
		pos = closure + 1
	}
	return n
}
