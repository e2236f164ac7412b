package mdscan

// Link reference definitions ([label]: /url "title") at the start of a
// paragraph are taken out of it when it closes, as goldmark's
// LinkReferenceParagraphTransformer does. It matters to the block
// structure in one way: a paragraph made only of definitions is gone,
// so a setext underline or a definition's ":" after it starts something
// else.

// lineCursor walks the lines of a paragraph as goldmark's BlockReader
// walks its segments: moving past the last byte of a line (its newline)
// goes to the next line.
type lineCursor struct {
	lines [][]byte
	li    int // current line
	col   int // position in it
}

const eof = 0xff

func (c *lineCursor) peekLine() []byte {
	if c.li >= len(c.lines) || c.col >= len(c.lines[c.li]) {
		return nil
	}
	return c.lines[c.li][c.col:]
}

func (c *lineCursor) peek() byte {
	if line := c.peekLine(); line != nil {
		return line[0]
	}
	return eof
}

func (c *lineCursor) advance(n int) {
	for ; n > 0 && c.li < len(c.lines); n-- {
		if c.col >= len(c.lines[c.li])-1 && c.li < len(c.lines)-1 {
			c.advanceLine()
			continue
		}
		c.col++
	}
}

func (c *lineCursor) advanceLine() { c.li, c.col = c.li+1, 0 }

// skipSpaces moves past space, newlines included, and returns how many
// bytes it skipped.
func (c *lineCursor) skipSpaces() int {
	n := 0
	for {
		line := c.peekLine()
		if line == nil {
			return n
		}
		for _, b := range line {
			if !isSpace(b) {
				return n
			}
			n++
			c.advance(1)
		}
	}
}

// findClosure moves past the closer that ends the text after an opener,
// across lines, skipping backslash escapes; it reports false when it meets
// another opener or the end. It returns the enclosed text.
func (c *lineCursor) findClosure(opener, closer byte) ([]byte, bool) {
	var text []byte
	for {
		line := c.peekLine()
		if line == nil {
			return nil, false
		}
		for i := 0; i < len(line); i++ {
			switch b := line[i]; {
			case b == '\\' && i < len(line)-1 && isPunct(line[i+1]):
				i++
			case b == closer:
				text = append(text, line[:i]...)
				c.advance(i + 1)
				return text, true
			case b == opener:
				return nil, false
			}
		}
		text = append(text, line...)
		c.advanceLine()
	}
}

// destination moves past a link destination and reports whether there is
// one.
func (c *lineCursor) destination() bool {
	c.skipSpaces()
	line := c.peekLine()
	if c.peek() == '<' {
		for i := 1; i < len(line); i++ {
			switch {
			case line[i] == '\\' && i < len(line)-1 && isPunct(line[i+1]):
				i++
			case line[i] == '>':
				c.advance(i + 1)
				return true
			}
		}
		return false
	}
	opened, i := 0, 0
loop:
	for i < len(line) {
		switch b := line[i]; {
		case b == '\\' && i < len(line)-1 && isPunct(line[i+1]):
			i += 2
			continue
		case b == '(':
			opened++
		case b == ')':
			if opened--; opened < 0 {
				break loop
			}
		case isSpace(b):
			break loop
		}
		i++
	}
	c.advance(i)
	return i > 0
}

// definition reads one link reference definition at the cursor and
// returns the lines it takes, [start, end), or -1, -1.
func (c *lineCursor) definition() (start, end int) {
	c.skipSpaces()
	line := c.peekLine()
	if line == nil || line[0] != '[' {
		return -1, -1
	}
	start = c.li
	c.advance(1)
	label, ok := c.findClosure('[', ']')
	if !ok || isBlank(label) || c.peek() != ':' {
		return -1, -1
	}
	c.advance(1)
	c.skipSpaces()
	if !c.destination() {
		return -1, -1
	}
	line = c.peekLine()
	isNewLine := line == nil || isBlank(line)
	endLine := c.li
	spaces := c.skipSpaces()
	opener := c.peek()
	if opener != '"' && opener != '\'' && opener != '(' {
		if !isNewLine {
			return -1, -1
		}
		return start, endLine + 1
	}
	if spaces == 0 {
		return -1, -1
	}
	c.advance(1)
	closer := opener
	if opener == '(' {
		closer = ')'
	}
	if _, ok := c.findClosure(opener, closer); !ok {
		if !isNewLine {
			return -1, -1
		}
		c.advanceLine()
		return start, endLine + 1
	}
	if line := c.peekLine(); line != nil && !isBlank(line) {
		if !isNewLine {
			return -1, -1
		}
		return start, endLine
	}
	return start, c.li + 1
}

// linkReferenceLines reports which of a paragraph's lines its leading
// link reference definitions take.
func linkReferenceLines(lines [][]byte) []bool {
	var taken []bool
	c := &lineCursor{lines: lines}
	for {
		start, end := c.definition()
		if start < 0 {
			return taken
		}
		if start == end {
			end++
		}
		if taken == nil {
			taken = make([]bool, len(lines))
		}
		for i := start; i < end && i < len(lines); i++ {
			taken[i] = true
		}
	}
}
