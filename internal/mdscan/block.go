package mdscan

import "strconv"

// The block scanner reproduces how goldmark v1.8 (with the definition list
// and footnote extensions Hugo enables) splits a body into blocks: the
// same parsers, tried in the same order, with the same continuation
// rules, down to its quirks. It records for each line which leaf block
// holds it, and nothing else; TestCorpusAgreesWithGoldmark,
// TestGeneratedAgreesWithGoldmark and FuzzAgreesWithGoldmark hold it to
// goldmark's own parse.

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
	nodes  int    // nodes allocated
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
	fresh []uint64 // bit l: line l starts a block with nothing open before it (see Doc.fresh)
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
	s.nodes++
	n := &s.slab[len(s.slab)-1]
	*n = node{kind: k, line0: int32(max(s.r.line, 0))}
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
		if s.atFreshLine() {
			l := s.r.line
			s.fresh[l/64] |= 1 << (l % 64)
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

// atFreshLine reports whether the current line, about to open blocks at
// the top level, reads the same whatever came before it: nothing is open,
// no flag of the parser is set, and it does not start with ":", which
// would look back at the block before it (a definition list's term).
func (s *scanner) atFreshLine() bool {
	if l := s.r.line; l < 0 || l >= len(s.lines) || len(s.open) > 0 || s.skipList || s.setextPara != nil || s.r.pos != s.r.head || s.r.padding != 0 {
		return false
	}
	line := s.r.peekLine()
	_, pos := indentWidth(line, 0)
	return pos >= len(line) || line[pos] != ':'
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

// lineBytes returns line l as recorded, from its content start.
func (s *scanner) lineBytes(l int) []byte {
	return s.r.src[s.lines[l].content:s.lines[l].end]
}
