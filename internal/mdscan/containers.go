package mdscan

// The container blocks goldmark reads: block quotes, lists and their items,
// footnotes, definition lists and their descriptions.

import "strconv"

// blockquoteMarker moves past a block quote marker (">" and a space) and
// reports whether there was one.
func (s *scanner) blockquoteMarker() bool {
	line := s.r.peekLine()
	w, pos := indentWidth(line, s.r.lineOffset())
	if w > 3 || pos >= len(line) || line[pos] != '>' {
		return false
	}
	pos++
	if pos >= len(line) || line[pos] == '\n' {
		s.r.advance(pos)
		return true
	}
	s.r.advance(pos)
	if line[pos] == ' ' || line[pos] == '\t' {
		padding := 0
		if line[pos] == '\t' {
			padding = tabWidth(s.r.lineOffset()) - 1
		}
		s.r.advanceAndSetPadding(1, padding)
	}
	return true
}

type listItemType uint8

const (
	notList listItemType = iota
	bulletList
	orderedList
)

// parseListItem reads a list marker: m[1] is its column (leading spaces),
// m[2]:m[3] the marker, m[4]:m[5] the content after it (-1 when none).
func parseListItem(line []byte) (m [6]int, typ listItemType) {
	i, l := 0, len(line)
	for i < l && line[i] == ' ' {
		i++
	}
	if i > 3 {
		return m, notList
	}
	m[1], m[2] = i, i
	switch {
	case i < l && (line[i] == '-' || line[i] == '*' || line[i] == '+'):
		i++
		typ = bulletList
	case i < l:
		for i < l && line[i] >= '0' && line[i] <= '9' {
			i++
		}
		if i == m[2] || i-m[2] > 9 || i >= l || (line[i] != '.' && line[i] != ')') {
			return m, notList
		}
		i++
		typ = orderedList
	default:
		return m, notList
	}
	m[3] = i
	if i < l && line[i] != '\n' {
		if w, _ := indentWidth(line[i:], 0); w == 0 {
			return m, notList
		}
	}
	if i >= l {
		m[4], m[5] = -1, -1
		return m, typ
	}
	m[4], m[5] = i, l
	if line[l-1] == '\n' && line[i] != '\n' {
		m[5]--
	}
	return m, typ
}

func calcListOffset(line []byte, m [6]int) int {
	if m[4] < 0 || isBlank(line[m[4]:]) {
		return 1 // the item starts with a blank line
	}
	offset, _ := indentWidth(line[m[4]:], m[4])
	if offset > 4 { // indented code
		return 1
	}
	return offset
}

func lastOffset(list *node) int {
	if list.last != nil {
		return int(list.last.offset)
	}
	return 0
}

func (s *scanner) openList(parent *node, line []byte) (*node, state) {
	last := s.lastOpened()
	if (last != nil && last.kind == nList) || s.skipList {
		s.skipList = false
		return nil, 0
	}
	m, typ := parseListItem(line)
	if typ == notList {
		return nil, 0
	}
	if last != nil && last.kind == nParagraph && last.parent == parent {
		if typ == orderedList {
			if start, _ := strconv.Atoi(string(line[m[2] : m[3]-1])); start != 1 {
				return nil, 0
			}
		}
		if m[4] < 0 || isBlank(line[m[4]:m[5]]) {
			return nil, 0
		}
	}
	n := s.newNode(nList)
	n.marker = line[m[3]-1]
	s.emptyItemBlank = false
	return n, stHasChildren
}

func (s *scanner) continueList(list *node, line []byte) state {
	if isBlank(line) {
		if list.last != nil && list.last.children == 0 {
			s.emptyItemBlank = true
		}
		return stContinue | stHasChildren
	}
	offset := lastOffset(list)
	lastIsEmpty := list.last == nil || list.last.children == 0
	indent, _ := indentWidth(line, s.r.lineOffset())
	if indent < offset || lastIsEmpty {
		if indent < 4 {
			m, typ := parseListItem(line)
			if typ != notList && m[1]-offset < 4 {
				marker := line[m[3]-1]
				ordered := marker == '.' || marker == ')'
				listOrdered := list.marker == '.' || list.marker == ')'
				if marker != list.marker || ordered != listOrdered {
					return stClose
				}
				isTB := false
				if s.r.stop > s.tbPos {
					isTB = isThematicBreak(line[m[3]-1:], 0)
					s.tbPos = s.r.stop
				}
				if isTB {
					isHeading := false
					if last := s.lastOpened(); last != nil && last.kind == nParagraph {
						c, ok := matchesSetextHeadingBar(line[m[3]-1:])
						isHeading = ok && c == '-'
					}
					if !isHeading {
						return stClose
					}
				}
				return stContinue | stHasChildren
			}
		}
		if !lastIsEmpty {
			return stClose
		}
	}
	if lastIsEmpty && indent < offset {
		return stClose
	}
	if s.emptyItemBlank {
		return stClose
	}
	return stContinue | stHasChildren
}

func (s *scanner) openListItem(parent *node, line []byte) (*node, state) {
	if parent.kind != nList {
		return nil, 0
	}
	offset := lastOffset(parent)
	m, typ := parseListItem(line)
	if typ == notList || m[1]-offset > 3 {
		return nil, 0
	}
	s.emptyItemBlank = false
	itemOffset := calcListOffset(line, m)
	n := s.newNode(nListItem)
	n.offset = int32(m[3] + itemOffset)
	if m[4] < 0 || isBlank(line[m[4]:m[5]]) {
		return n, 0
	}
	pos, padding := indentPosition(line[m[4]:], m[4], 0, itemOffset)
	s.r.advanceAndSetPadding(m[3]+pos, padding)
	return n, stHasChildren
}

func (s *scanner) continueListItem(item *node, line []byte) state {
	if isBlank(line) {
		s.r.advanceToEOL()
		return stContinue | stHasChildren
	}
	offset := 0
	if item.parent != nil {
		offset = lastOffset(item.parent)
	}
	isEmpty := item.children == 0 && s.emptyItemBlank
	indent, _ := indentWidth(line, s.r.lineOffset())
	if (isEmpty || indent < offset) && indent < 4 {
		if _, typ := parseListItem(line); typ != notList {
			s.skipList = true
			return stClose
		}
		if !isEmpty {
			return stClose
		}
	}
	pos, padding := indentPosition(line, s.r.lineOffset(), 0, offset)
	s.r.advanceAndSetPadding(pos, padding)
	return stContinue | stHasChildren
}

func (s *scanner) openFootnote(line []byte) (*node, state) {
	pos := s.blockOffset
	if pos < 0 || line[pos] != '[' {
		return nil, 0
	}
	pos++
	if pos > len(line)-1 || line[pos] != '^' {
		return nil, 0
	}
	open := pos + 1
	label := line[pos+1 : min(len(line), pos+1+999)]
	closure := findClosure(label, '[', ']')
	if closure < 0 {
		return nil, 0
	}
	closes := pos + 1 + closure
	next := closes + 1
	if next >= len(line) || line[next] != ':' {
		return nil, 0
	}
	padding := s.r.padding
	start, end := s.r.pos+open-padding, s.r.pos+closes-padding
	if start < 0 || end > len(s.r.src) || start > end || isBlank(s.r.src[start:end]) {
		return nil, 0
	}
	n := s.newNode(nFootnote)
	pos = next + 1 - padding
	if pos >= len(line) {
		s.r.advance(pos)
		return n, 0
	}
	s.r.advanceAndSetPadding(pos, padding)
	return n, stHasChildren
}

// findClosure returns the index of the closer ending b, which follows an
// opener, or -1; backslash escapes are skipped and no opener may come
// first (goldmark's util.FindClosure without nesting or code spans).
func findClosure(b []byte, opener, closer byte) int {
	for i := 0; i < len(b); i++ {
		switch c := b[i]; {
		case c == '\\' && i < len(b)-1 && isPunct(b[i+1]):
			i++
		case c == closer:
			return i
		case c == opener:
			return -1
		}
	}
	return -1
}

func isPunct(c byte) bool {
	return c >= '!' && c <= '/' || c >= ':' && c <= '@' || c >= '[' && c <= '`' || c >= '{' && c <= '~'
}

func (s *scanner) openDefinitionList(parent *node, line []byte) (*node, state) {
	if parent.kind == nDefinitionList {
		return nil, 0
	}
	pos := s.blockOffset
	if pos < 0 || line[pos] != ':' || s.blockIndent != 0 {
		return nil, 0
	}
	last := parent.last
	w, _ := indentWidth(line[pos+1:], pos+1)
	if w < 1 {
		return nil, 0
	}
	if w >= 8 { // indented code
		w = 5
	}
	w += pos + 1
	switch {
	case last != nil && last.kind == nParagraph:
		if list := last.prev; list != nil && list.kind == nDefinitionList {
			list.offset, list.para = int32(w), last
			return list, stHasChildren
		}
		list := s.newNode(nDefinitionList)
		list.offset, list.para = int32(w), last
		return list, stHasChildren | stRequireParagraph
	case last != nil && last.kind == nDefinitionList:
		last.offset, last.para = int32(w), nil
		return last, stHasChildren
	}
	return nil, 0
}

func (s *scanner) openDefinitionDescription(parent *node, line []byte) (*node, state) {
	pos := s.blockOffset
	if pos < 0 || line[pos] != ':' || s.blockIndent != 0 || parent.kind != nDefinitionList {
		return nil, 0
	}
	if p := parent.para; p != nil {
		// The paragraph's lines become terms, one block each.
		parent.para, p.terms = nil, true
		if p.parent != nil {
			p.parent.removeChild(p)
		}
	}
	cpos, padding := indentPosition(line[pos+1:], pos+1, 0, int(parent.offset)-pos-1)
	s.r.advanceAndSetPadding(cpos+1, padding)
	return s.newNode(nDefinitionDescription), stHasChildren
}
