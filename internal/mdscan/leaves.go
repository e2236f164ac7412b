package mdscan

// The leaf blocks whose start or end takes more than a line of code:
// headings, thematic breaks, fenced code, HTML blocks.

import "bytes"

func (s *scanner) openSetext(parent *node, line []byte) (*node, state) {
	last := s.lastOpened()
	if last == nil || last.kind != nParagraph || last.parent != parent {
		return nil, 0
	}
	if _, ok := matchesSetextHeadingBar(line); !ok {
		return nil, 0
	}
	n := s.newNode(nHeading)
	s.take(n, s.r.pos)
	n.para = last
	s.setextPara = last
	return n, stRequireParagraph
}

// closeSetext gives a setext heading the lines of the paragraph it
// underlines.
func (s *scanner) closeSetext(h *node) {
	p := h.para
	if p == nil {
		return
	}
	h.para, s.setextPara = nil, nil
	for l := int(p.line0); l < len(s.lines) && l <= s.r.line; l++ {
		if s.lines[l].leaf == p {
			s.lines[l].leaf = h
		}
	}
	if p.parent != nil {
		p.parent.removeChild(p)
	}
}

func matchesSetextHeadingBar(line []byte) (byte, bool) {
	start, end := 0, len(line)
	for start < end && line[start] == ' ' {
		start++
	}
	if start > 3 || start == end {
		return 0, false
	}
	c := line[start]
	if c != '=' && c != '-' {
		return 0, false
	}
	run := start
	for run < end && line[run] == c {
		run++
	}
	if isSpace(line[end-1]) {
		end -= trimRightSpaceLength(line[start:end])
	}
	return c, run == end
}

func isThematicBreak(line []byte, col int) bool {
	w, pos := indentWidth(line, col)
	if w > 3 {
		return false
	}
	var mark byte
	count := 0
	for _, c := range line[pos:] {
		if isSpace(c) {
			continue
		}
		if mark == 0 {
			if c != '*' && c != '-' && c != '_' {
				return false
			}
			mark = c
		} else if c != mark {
			return false
		}
		count++
	}
	return count > 2
}

func (s *scanner) openATXHeading(line []byte) (*node, state) {
	pos := s.blockOffset
	if pos < 0 {
		return nil, 0
	}
	i := pos
	for i < len(line) && line[i] == '#' {
		i++
	}
	if level := i - pos; level == 0 || level > 6 {
		return nil, 0
	}
	if i < len(line) && trimLeftSpaceLength(line[i:]) == 0 {
		return nil, 0
	}
	n := s.newNode(nHeading)
	s.take(n, s.r.pos)
	if i < len(line) {
		s.r.advanceToEOL()
	}
	return n, 0
}

func (s *scanner) openFencedCode(line []byte) (*node, state) {
	pos := s.blockOffset
	if pos < 0 || (line[pos] != '`' && line[pos] != '~') {
		return nil, 0
	}
	c := line[pos]
	i := pos
	for i < len(line) && line[i] == c {
		i++
	}
	if i-pos < 3 {
		return nil, 0
	}
	if i < len(line)-1 {
		rest := line[i:]
		left, right := trimLeftSpaceLength(rest), trimRightSpaceLength(rest)
		if left < len(rest)-right && c == '`' && bytes.IndexByte(rest[left:len(rest)-right], '`') >= 0 {
			return nil, 0
		}
	}
	n := s.newNode(nFencedCode)
	n.fenceChar, n.fenceLen = c, int32(i-pos)
	s.take(n, s.r.pos)
	return n, 0
}

func (s *scanner) continueFencedCode(n *node, line []byte) state {
	w, pos := indentWidth(line, s.r.lineOffset())
	if w < 4 {
		i := pos
		for i < len(line) && line[i] == n.fenceChar {
			i++
		}
		if i-pos >= int(n.fenceLen) && isBlank(line[i:]) {
			s.take(n, s.r.pos)
			s.r.advanceToEOL()
			return stClose
		}
	}
	s.take(n, s.r.pos)
	s.r.advanceToEOL()
	return stContinue
}

func (s *scanner) openHTMLBlock(line []byte) (*node, state) {
	last := s.lastOpened()
	typ := htmlBlockType(line, last != nil && last.kind == nParagraph)
	if typ == 0 {
		return nil, 0
	}
	n := s.newNode(nHTMLBlock)
	n.htmlType, n.nlines = uint8(typ), 1
	s.take(n, s.r.pos)
	s.r.advanceToEOL()
	return n, 0
}

func (s *scanner) continueHTMLBlock(n *node, line []byte) state {
	switch n.htmlType {
	case 1, 2, 3, 4, 5:
		closes := func(l []byte) bool { return HTMLBlockCloses(int(n.htmlType), l) }
		if n.nlines == 1 && closes(s.lineBytes(int(n.line0))) {
			return stClose
		}
		if closes(line) {
			s.take(n, s.r.pos)
			s.r.advanceToEOL()
			return stClose
		}
	case 6, 7:
		if isBlank(line) {
			return stClose
		}
	}
	s.take(n, s.r.pos)
	n.nlines++
	s.r.advanceToEOL()
	return stContinue
}
