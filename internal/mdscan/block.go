package mdscan

import (
	"bytes"
	"strconv"
)

// The block scanner reproduces how goldmark v1.8 (with the definition list
// and footnote extensions Hugo enables) splits a body into blocks: the
// same parsers, tried in the same order, with the same continuation
// rules, down to its quirks. It records for each line which leaf block
// holds it, and nothing else; TestCorpusAgreesWithGoldmark and
// FuzzAgreesWithGoldmark hold it to goldmark's own parse.

type nodeKind uint8

const (
	nDocument nodeKind = iota
	nBlockquote
	nList
	nListItem
	nFootnote
	nDefinitionList
	nDefinitionDescription
	nParagraph
	nHeading
	nThematicBreak
	nFencedCode
	nCodeBlock
	nHTMLBlock
	nTable         // a paragraph's lines that the table extension took
	nLinkReference // a paragraph's lines that were link reference definitions
)

// A node is a block of the tree goldmark builds, with only what its
// parsers look at.
type node struct {
	parent    *node
	first     *node // first child
	last      *node // last child
	prev      *node
	next      *node
	para      *node // setext heading, definition list: the paragraph it takes over
	container *node // leaf: the container it was opened in

	line0    int32 // the line it was opened on
	id       int32 // for containers: what Block.Parent reports
	children int32
	offset   int32 // list item: content offset; definition list: description offset
	fenceLen int32 // fenced code
	nlines   int32 // HTML block: lines so far, as goldmark's Lines().Len()

	kind      nodeKind
	htmlType  uint8 // HTML block: 1–7
	marker    byte  // list: '-', '+', '*', '.' or ')'
	fenceChar byte  // fenced code
	terms     bool  // paragraph: its lines became definition terms, one each
}

func (p *node) appendChild(n *node) {
	detach(n)
	p.link(p.last, n)
}

func (p *node) insertAfter(ref, n *node) {
	detach(n)
	if ref.parent != p {
		ref = p.last
	}
	p.link(ref, n)
}

func (p *node) insertBefore(ref, n *node) {
	detach(n)
	if ref.parent != p {
		p.link(p.last, n)
		return
	}
	p.link(ref.prev, n)
}

// link makes the detached n a child of p, right after prev (first when
// prev is nil).
func (p *node) link(prev, n *node) {
	n.parent, n.prev = p, prev
	if prev == nil {
		n.next, p.first = p.first, n
	} else {
		n.next, prev.next = prev.next, n
	}
	if n.next != nil {
		n.next.prev = n
	} else {
		p.last = n
	}
	p.children++
}

// detach takes n out of its parent's children, if it has a parent.
func detach(n *node) {
	if n.parent != nil {
		n.parent.removeChild(n)
	}
}

func (p *node) removeChild(n *node) {
	if n.parent != p {
		return
	}
	if n.prev != nil {
		n.prev.next = n.next
	} else {
		p.first = n.next
	}
	if n.next != nil {
		n.next.prev = n.prev
	} else {
		p.last = n.prev
	}
	n.parent, n.prev, n.next = nil, nil, nil
	p.children--
}

// state is what a parser's open or continue step returns, as goldmark's
// parser.State.
type state uint8

const (
	stClose    state = 0
	stContinue state = 1 << iota
	stHasChildren
	stRequireParagraph
)

type parserID uint8

const (
	pSetext parserID = iota
	pDefinitionList
	pDefinitionDescription
	pThematicBreak
	pList
	pListItem
	pCodeBlock
	pATXHeading
	pFencedCode
	pBlockquote
	pHTMLBlock
	pFootnote
	pParagraph
)

// parsersFor returns the parsers goldmark tries on a line whose first
// non-space byte is c, in its order: those triggered by c by priority,
// then the ones without a trigger.
func parsersFor(c byte) []parserID { return parsersByByte[c] }

// byPriority lists goldmark's block parsers (with the definition list and
// footnote extensions) by priority, each with the bytes that make goldmark
// try it, "" for those it tries on any line.
var byPriority = []struct {
	id       parserID
	triggers string
}{
	{pSetext, "-="}, {pDefinitionList, ":"}, {pDefinitionDescription, ":"},
	{pThematicBreak, "-*_"}, {pList, "-+*0123456789"}, {pListItem, "-+*0123456789"},
	{pCodeBlock, ""}, {pATXHeading, "#"}, {pFencedCode, "`~"}, {pBlockquote, ">"},
	{pHTMLBlock, "<"}, {pFootnote, "["}, {pParagraph, ""},
}

// parsersByByte holds parsersFor's answers, computed once from byPriority
// as goldmark computes its own; never modified.
var parsersByByte = func() (table [256][]parserID) {
	var free []parserID
	for _, p := range byPriority {
		if p.triggers == "" {
			free = append(free, p.id)
		}
		for i := range len(p.triggers) {
			c := p.triggers[i]
			table[c] = append(table[c], p.id)
		}
	}
	for c := range table {
		table[c] = append(table[c], free...)
	}
	return table
}()

func canInterruptParagraph(p parserID) bool { return p != pCodeBlock && p != pParagraph }

func canAcceptIndentedLine(p parserID) bool { return p == pCodeBlock }

type openResult uint8

const (
	noBlocksOpened openResult = iota
	paragraphContinuation
	newBlocksOpened
)

// scanner holds the state of one scan.
type scanner struct {
	r      *reader
	slab   []node // nodes are allocated from it, a chunk at a time
	root   *node
	open   []*node
	nextID int

	blockOffset, blockIndent int // of the current line, as openBlocks sets them

	// What goldmark keeps in its parser.Context.
	emptyItemBlank bool  // an empty list item was followed by a blank line
	skipList       bool  // a list item closed for a new item of its list
	tbPos          int   // the end of the line last checked for a thematic break
	setextPara     *node // the paragraph a setext heading takes over

	lines []lineState
}

// lineState is what the scan learns of one line.
type lineState struct {
	leaf       *node // the leaf block holding the line, nil when none
	content    int32 // where the leaf's content starts on the line
	end        int32 // just past the line's newline
	padding    uint8 // columns of a tab before the content, as goldmark's segments keep them
	opened     bool  // a block was opened on the line
	interrupts bool  // the first block opened on it could interrupt a paragraph
}

func (s *scanner) newNode(k nodeKind) *node {
	if len(s.slab) == cap(s.slab) {
		s.slab = make([]node, 0, 64)
	}
	s.slab = s.slab[:len(s.slab)+1]
	n := &s.slab[len(s.slab)-1]
	n.kind, n.line0 = k, int32(max(s.r.line, 0))
	switch k {
	case nBlockquote, nListItem, nFootnote, nDefinitionDescription:
		s.nextID++
		n.id = int32(s.nextID)
	}
	return n
}

func (s *scanner) lastOpened() *node {
	if len(s.open) == 0 {
		return nil
	}
	return s.open[len(s.open)-1]
}

// take records that leaf holds the current line, its content starting at
// offset pos.
func (s *scanner) take(leaf *node, pos int) {
	if l := s.r.line; l >= 0 && l < len(s.lines) {
		ls := &s.lines[l]
		ls.leaf, ls.content, ls.padding = leaf, int32(pos), uint8(s.r.padding)
	}
}

func (s *scanner) parse() {
	for { // blocks separated by blank lines
		if !s.r.skipBlankLines() {
			return
		}
		if s.openBlocks(s.root) != newBlocksOpened {
			return
		}
		s.r.advanceLine()
		for { // opened blocks, line by line
			opened := s.open
			l := len(opened)
			if l == 0 {
				break
			}
			lastIndex := l - 1
			for i := 0; i < l; i++ {
				be := opened[i]
				if s.r.peekLine() == nil {
					s.closeBlocks(lastIndex, 0)
					s.r.advanceLine()
					return
				}
				// Paragraphs continue through openBlocks, below.
				if be.kind != nParagraph {
					st := s.continueBlock(be)
					if st&stContinue != 0 {
						if st&stHasChildren != 0 && i == lastIndex {
							s.openBlocks(be)
							break
						}
						continue
					}
				}
				// be is closed, or the line is a lazy continuation.
				thisParent := s.root
				if i != 0 {
					thisParent = opened[i-1]
				}
				lastNode := opened[lastIndex]
				if s.openBlocks(thisParent) != paragraphContinuation {
					// The last block, a paragraph, was taken over by
					// the block just opened (opened shares its array).
					if opened[lastIndex] != lastNode {
						lastIndex--
					}
					s.closeBlocks(lastIndex, i)
				}
				break
			}
			s.r.advanceLine()
		}
	}
}

func (s *scanner) closeBlocks(from, to int) {
	blocks := s.open
	from = min(from, len(blocks)-1)
	for i := from; i >= to && i >= 0; i-- {
		if n := blocks[i]; n.parent != nil {
			s.closeNode(n)
		}
	}
	switch {
	case to > len(blocks):
	case from == len(blocks)-1:
		blocks = blocks[:to]
	default:
		blocks = append(blocks[:to], blocks[from+1:]...)
	}
	s.open = blocks
}

func (s *scanner) openBlocks(parent *node) openResult {
	result := noBlocksOpened
	lastBlock := s.lastOpened()
	continuable := lastBlock != nil && lastBlock.kind == nParagraph
retry:
	line := s.r.peekLine()
	w, pos := indentWidth(line, s.r.lineOffset())
	if w >= len(line) {
		s.blockOffset, s.blockIndent = -1, -1
	} else {
		s.blockOffset, s.blockIndent = pos, w
	}
	if line != nil && line[0] != '\n' {
		var parsers []parserID
		if pos < len(line) {
			parsers = parsersFor(line[pos])
		} else {
			parsers = parsersFor(' ')
		}
		for _, p := range parsers {
			if continuable && result == noBlocksOpened && !canInterruptParagraph(p) {
				continue
			}
			if w > 3 && !canAcceptIndentedLine(p) {
				continue
			}
			lastBlock = s.lastOpened()
			last := lastBlock
			n, st := s.openBlock(p, parent, line)
			if n == nil {
				continue
			}
			if st&stRequireParagraph != 0 && last != nil && last == parent.last {
				// The paragraph is closed, then taken over unless a
				// table took all its lines.
				s.open = s.open[:len(s.open)-1]
				if s.transformParagraph(last, true) {
					continuable = false
					goto retry
				}
			}
			if last != nil && last.parent == nil {
				lastPos := len(s.open) - 1
				s.closeBlocks(lastPos, lastPos)
			}
			if l := s.r.line; result == noBlocksOpened && l >= 0 && l < len(s.lines) && !s.lines[l].opened {
				s.lines[l].opened = true
				s.lines[l].interrupts = interruptsParagraph(p, n, line)
			}
			if n.kind >= nParagraph {
				n.container = parent
			}
			parent.appendChild(n)
			result = newBlocksOpened
			s.open = append(s.open, n)
			if st&stHasChildren != 0 {
				parent = n
				goto retry
			}
			break
		}
	}
	if result == noBlocksOpened && continuable {
		if s.continueParagraph(lastBlock)&stContinue != 0 {
			result = paragraphContinuation
		}
	}
	return result
}

// interruptsParagraph reports whether the block p opened, n, would also
// open right after a line of paragraph text.
func interruptsParagraph(p parserID, n *node, line []byte) bool {
	switch p {
	case pSetext, pCodeBlock, pParagraph, pDefinitionList, pDefinitionDescription:
		return false
	case pThematicBreak:
		c, ok := matchesSetextHeadingBar(line)
		return !ok || c != '-'
	case pList, pListItem:
		m, typ := parseListItem(line)
		if m[4] < 0 || isBlank(line[m[4]:m[5]]) {
			return false
		}
		if typ == orderedList {
			start, _ := strconv.Atoi(string(line[m[2] : m[3]-1]))
			return start == 1
		}
		return true
	case pHTMLBlock:
		return n.htmlType != 7
	}
	return true
}

func (s *scanner) openBlock(p parserID, parent *node, line []byte) (*node, state) {
	switch p {
	case pSetext:
		return s.openSetext(parent, line)
	case pDefinitionList:
		return s.openDefinitionList(parent, line)
	case pDefinitionDescription:
		return s.openDefinitionDescription(parent, line)
	case pThematicBreak:
		if isThematicBreak(line, s.r.lineOffset()) {
			n := s.newNode(nThematicBreak)
			s.take(n, s.r.pos)
			s.r.advanceToEOL()
			return n, 0
		}
	case pList:
		return s.openList(parent, line)
	case pListItem:
		return s.openListItem(parent, line)
	case pCodeBlock:
		pos, _ := indentPosition(line, s.r.lineOffset(), s.r.padding, 4)
		if pos < 0 || isBlank(line) {
			return nil, 0
		}
		n := s.newNode(nCodeBlock)
		s.take(n, s.r.pos+pos)
		s.r.advanceToEOL()
		return n, 0
	case pATXHeading:
		return s.openATXHeading(line)
	case pFencedCode:
		return s.openFencedCode(line)
	case pBlockquote:
		if s.blockquoteMarker() {
			return s.newNode(nBlockquote), stHasChildren
		}
	case pHTMLBlock:
		return s.openHTMLBlock(line)
	case pFootnote:
		return s.openFootnote(line)
	case pParagraph:
		if isBlank(line) {
			return nil, 0
		}
		n := s.newNode(nParagraph)
		s.take(n, s.r.pos)
		s.r.advanceToEOL()
		return n, 0
	}
	return nil, 0
}

func (s *scanner) continueBlock(n *node) state {
	line := s.r.peekLine()
	switch n.kind {
	case nBlockquote:
		if s.blockquoteMarker() {
			return stContinue | stHasChildren
		}
		return stClose
	case nList:
		return s.continueList(n, line)
	case nListItem:
		return s.continueListItem(n, line)
	case nFootnote:
		if isBlank(line) {
			return stContinue | stHasChildren
		}
		pos, padding := indentPosition(line, s.r.lineOffset(), 0, 4)
		if pos < 0 {
			return stClose
		}
		s.r.advanceAndSetPadding(pos, padding)
		return stContinue | stHasChildren
	case nDefinitionList:
		if isBlank(line) {
			return stContinue | stHasChildren
		}
		if w, _ := indentWidth(line, s.r.lineOffset()); w < int(n.offset) {
			return stClose
		}
		pos, padding := indentPosition(line, s.r.lineOffset(), 0, int(n.offset))
		s.r.advanceAndSetPadding(pos, padding)
		return stContinue | stHasChildren
	case nDefinitionDescription:
		return stContinue | stHasChildren
	case nParagraph:
		return s.continueParagraph(n)
	case nCodeBlock:
		pos, _ := indentPosition(line, s.r.lineOffset(), s.r.padding, 4)
		switch {
		case pos >= 0:
			s.take(n, s.r.pos+pos)
		case isBlank(line):
			s.take(n, s.r.pos)
		default:
			return stClose
		}
		s.r.advanceToEOL()
		return stContinue
	case nFencedCode:
		return s.continueFencedCode(n, line)
	case nHTMLBlock:
		return s.continueHTMLBlock(n, line)
	}
	return stClose // headings and thematic breaks hold one line
}

func (s *scanner) continueParagraph(n *node) state {
	if isBlank(s.r.peekLine()) {
		return stClose
	}
	s.take(n, s.r.pos)
	s.r.advanceToEOL()
	return stContinue
}

func (s *scanner) closeNode(n *node) {
	switch n.kind {
	case nCodeBlock:
		// Trailing blank lines are not part of an indented code block.
		for l := min(s.r.line, len(s.lines)-1); l >= int(n.line0); l-- {
			if s.lines[l].leaf == n {
				if !isBlank(s.lineBytes(l)) {
					break
				}
				s.lines[l].leaf = nil
			}
		}
	case nHeading:
		s.closeSetext(n)
	case nParagraph:
		s.transformParagraph(n, false)
	}
}

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

// lineBytes returns line l as recorded, from its content start.
func (s *scanner) lineBytes(l int) []byte {
	return s.r.src[s.lines[l].content:s.lines[l].end]
}

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
		closes := func(l []byte) bool {
			if n.htmlType == 1 {
				return hasType1End(l)
			}
			return bytes.Contains(l, htmlBlockEnds[n.htmlType])
		}
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
