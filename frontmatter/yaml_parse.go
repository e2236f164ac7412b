package frontmatter

import (
	"bytes"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"
)

// maxDepth bounds how deep values may nest. Front matter never comes
// close; the bound turns a hostile file into an error, not a crash.
const maxDepth = 1000

// yamlReader builds the model from go.yaml.in/yaml/v3's node tree, which
// keeps positions, comments and styles. Scalars are typed the way Hugo's
// YAML decoder (goccy/go-yaml) types them: see resolvePlain.
type yamlReader struct {
	*locator
	anchors map[*yaml.Node]*Node
	open    map[*Node]bool // nodes being built: an alias to one is a cycle
	nodes   int            // nodes built, to bound what aliases may expand to

	style          yamlStyle // the indentation the file uses
	sawMap, sawSeq bool      // style.indent, style.seqIndent were seen
}

func parseYAML(lc *locator) (*tree, error) {
	t := newTree(YAML, lc)
	var doc yaml.Node
	if err := yaml.Unmarshal(lc.raw, &doc); err != nil {
		return nil, yamlError(err, lc)
	}
	r := &yamlReader{locator: lc, anchors: map[*yaml.Node]*Node{}, open: map[*Node]bool{}, style: defaultYAMLStyle}
	errAt := func(y *yaml.Node, format string, args ...any) error {
		return lc.errorf(r.offset(y), format, args...)
	}
	if doc.Kind == 0 {
		return t, nil // nothing but comments and blank lines
	}
	t.com = comments{head: doc.HeadComment, foot: doc.FootComment}
	root := doc.Content[0]
	switch {
	case root.Kind == yaml.ScalarNode && resolvePlain(root.Value) == NullKind && root.Style == 0:
		return t, nil
	case root.Kind != yaml.MappingNode:
		return nil, errAt(root, "YAML front matter must be a map of keys to values")
	}
	t.com.head = joinComments(t.com.head, root.HeadComment)
	t.com.foot = joinComments(root.FootComment, t.com.foot)
	n, err := r.node(root, 0, errAt)
	if err != nil {
		return nil, err
	}
	t.m, t.style = n.m, r.style
	if size := expandedSize(n, map[*Node]int{}); size > 10000+100*r.nodes {
		return nil, errAt(root, "YAML aliases expand to more than %d values (an alias bomb?); Hugo rejects such files", 10000+100*r.nodes)
	}
	// Aliases must follow their anchors: with any, an edit re-renders the
	// whole text, which keeps them in order.
	t.splice = len(r.anchors) == 0 && r.layoutTopLevel(t, root)
	return t, nil
}

// offset returns the byte offset in raw of a yaml.Node.
func (r *yamlReader) offset(y *yaml.Node) int { return r.lines.offset(r.raw, y.Line, y.Column) }

func (r *yamlReader) node(y *yaml.Node, depth int, errAt func(*yaml.Node, string, ...any) error) (*Node, error) {
	if depth > maxDepth {
		return nil, errAt(y, "values nest more than %d levels deep", maxDepth)
	}
	r.nodes++
	n := &Node{anchor: y.Anchor, com: comments{head: y.HeadComment, line: y.LineComment, foot: y.FootComment}}
	n.line, n.col = r.pos(r.offset(y))
	if y.Anchor != "" {
		r.anchors[y] = n
		r.open[n] = true
		defer delete(r.open, n)
	}
	if y.Style&yaml.FlowStyle != 0 {
		n.style = styleFlow
	}
	switch y.Kind {
	case yaml.AliasNode:
		target, ok := r.anchors[y.Alias]
		if !ok || r.open[target] {
			return nil, errAt(y, "alias *%s refers to the value that holds it", y.Value)
		}
		n.alias = target
	case yaml.ScalarNode:
		if err := r.scalar(n, y, errAt); err != nil {
			return nil, err
		}
	case yaml.SequenceNode:
		n.kind = ListKind
		n.items = make([]*Node, 0, len(y.Content))
		for _, c := range y.Content {
			it, err := r.node(c, depth+1, errAt)
			if err != nil {
				return nil, err
			}
			n.items = append(n.items, it)
		}
	case yaml.MappingNode:
		n.kind, n.m = MapKind, NewMap()
		for i := 0; i+1 < len(y.Content); i += 2 {
			if err := r.entry(n.m, y.Content[i], y.Content[i+1], depth, errAt); err != nil {
				return nil, err
			}
		}
	default:
		return nil, errAt(y, "unexpected YAML node")
	}
	return n, nil
}

func (r *yamlReader) scalar(n *Node, y *yaml.Node, errAt func(*yaml.Node, string, ...any) error) error {
	n.text = y.Value
	switch {
	case y.Style&yaml.LiteralStyle != 0:
		n.style = styleLiteral
	case y.Style&yaml.FoldedStyle != 0:
		n.style = styleFolded
	case y.Style&yaml.SingleQuotedStyle != 0:
		n.style = styleSingle
	case y.Style&yaml.DoubleQuotedStyle != 0:
		n.style = styleDouble
	default:
		n.style = stylePlain
	}
	if y.Style&yaml.TaggedStyle != 0 && y.Tag != "!!str" {
		return errAt(y, "the YAML tag %s is not supported: write the value without it", y.Tag)
	}
	n.kind = StringKind
	// yaml.v3 drops the non-specific tag "!", which makes a plain scalar a
	// string; the source still shows it.
	if off := r.offset(y); n.style == stylePlain && y.Style&yaml.TaggedStyle == 0 && (off >= len(r.raw) || r.raw[off] != '!' || y.Value == "") {
		n.kind = resolvePlain(y.Value)
	}
	return nil
}

func (r *yamlReader) entry(m *Map, k, v *yaml.Node, depth int, errAt func(*yaml.Node, string, ...any) error) error {
	if k.Kind != yaml.ScalarNode || k.Anchor != "" {
		return errAt(k, "a key must be a plain value, not a list, a map, an alias or an anchor")
	}
	e := &entry{key: k.Value}
	e.line, e.col = r.pos(r.offset(k))
	var err error
	if e.value, err = r.node(v, depth+1, errAt); err != nil {
		return err
	}
	r.learnStyle(k, v)
	kn := &Node{}
	if err := r.scalar(kn, k, errAt); err != nil {
		return err
	}
	e.keyStyle = kn.style
	e.merge = kn.style == stylePlain && k.Value == "<<"
	if e.merge {
		if !isMergeSource(e.value) {
			return errAt(v, "a merge key \"<<\" takes a map or a list of maps")
		}
		m.merges = true
	} else if first := m.own(e.key); first != nil {
		return errAt(k, "duplicate key %q (first at line %d)", e.key, first.line)
	}
	// The key's comments and a scalar value's comments describe the entry.
	e.com = comments{
		head: joinComments(k.HeadComment, v.HeadComment),
		line: joinComments(k.LineComment, v.LineComment),
		foot: joinComments(k.FootComment, v.FootComment),
	}
	e.value.com = comments{}
	m.entries = append(m.entries, e)
	return nil
}

// learnStyle notes the file's indentation from the first nested block map
// and block list it meets.
func (r *yamlReader) learnStyle(k, v *yaml.Node) {
	if v.Style&yaml.FlowStyle != 0 || len(v.Content) == 0 || v.Line == k.Line {
		return
	}
	switch {
	case v.Kind == yaml.MappingNode && !r.sawMap && v.Column > k.Column:
		r.style.indent, r.sawMap = v.Column-k.Column, true
	case v.Kind == yaml.SequenceNode && !r.sawSeq:
		r.style.seqIndent, r.sawSeq = v.Column > k.Column, true
	}
}

func isMergeSource(n *Node) bool {
	switch n.Kind() {
	case MapKind:
		return true
	case ListKind:
		for _, it := range n.Items() {
			if it.Kind() != MapKind {
				return false
			}
		}
		return true
	}
	return false
}

func joinComments(a, b string) string {
	switch {
	case a == "":
		return b
	case b == "":
		return a
	}
	return a + "\n" + b
}

// expandedSize counts the values of n with every alias expanded, stopping
// early once the count is absurd.
func expandedSize(n *Node, memo map[*Node]int) int {
	n = n.target()
	if s, ok := memo[n]; ok {
		return s
	}
	s := 1
	for _, it := range n.items {
		s += expandedSize(it, memo)
		if s > 1<<30 {
			break
		}
	}
	if n.m != nil {
		for _, e := range n.m.entries {
			s += expandedSize(e.value, memo)
			if s > 1<<30 {
				break
			}
		}
	}
	memo[n] = s
	return s
}

// layoutTopLevel records where each top-level entry is written, so that
// an edited entry can be rewritten alone. It reports false when the map is
// not written in a way that allows it (a flow map, indented keys, two keys
// on a line), in which case an edit re-renders the whole front matter.
func (r *yamlReader) layoutTopLevel(t *tree, root *yaml.Node) bool {
	if root.Style&yaml.FlowStyle != 0 || r.col0 != 1 || bytes.ContainsAny(r.raw, "\u0085\u2028\u2029") {
		return false
	}
	prevLine := 0
	for i, e := range t.m.entries {
		k := root.Content[2*i]
		if k.Column != 1 || k.Line <= prevLine || k.Style&(yaml.LiteralStyle|yaml.FoldedStyle) != 0 {
			return false
		}
		prevLine = k.Line
		start := r.lines.offset(r.raw, k.Line, 1)
		e.src = &span{chunks: []chunk{{start: start, key: r.keySpan(start, k)}}}
	}
	t.orig = append([]*entry(nil), t.m.entries...)
	t.layoutChunks(func(prev *entry) bool { return isKeepBlock(r.raw, r.lines, prev) }, false)
	return true
}

// keySpan returns where a key's text is, for renaming it in place.
func (r *yamlReader) keySpan(start int, k *yaml.Node) [2]int {
	rest := r.raw[start:]
	switch {
	case k.Style == 0 && bytes.HasPrefix(rest, []byte(k.Value)):
		return [2]int{start, start + len(k.Value)}
	case k.Style&(yaml.SingleQuotedStyle|yaml.DoubleQuotedStyle) != 0:
		if end := quotedEnd(rest); end > 0 {
			return [2]int{start, start + end}
		}
	}
	return [2]int{}
}

// quotedEnd returns the length of the single- or double-quoted scalar at
// the start of b, when it ends on its line, or 0.
func quotedEnd(b []byte) int {
	q := b[0]
	for i := 1; i < len(b); i++ {
		switch c := b[i]; {
		case c == '\n' || c == '\r':
			return 0
		case c == '\\' && q == '"':
			i++
		case c == q && q == '\'' && i+1 < len(b) && b[i+1] == '\'':
			i++
		case c == q:
			return i + 1
		}
	}
	return 0
}

// isKeepBlock reports whether the value of e is a block scalar with "keep"
// chomping (|+ or >+), whose trailing blank lines belong to the value.
func isKeepBlock(raw []byte, lines lineIndex, e *entry) bool {
	if e.value.style != styleLiteral && e.value.style != styleFolded {
		return false
	}
	_, header, _ := bytes.Cut(lineAt(raw, lines, e.src.chunks[0].start), []byte(":"))
	header = bytes.TrimSpace(header)
	if i := bytes.IndexByte(header, '#'); i >= 0 {
		header = bytes.TrimSpace(header[:i])
	}
	return bytes.ContainsRune(header, '+')
}

// lineAt returns the line of raw starting at off, without its line end.
func lineAt(raw []byte, lines lineIndex, off int) []byte {
	end := lines.nextLine(off, len(raw))
	return bytes.TrimRight(raw[off:end], "\r\n")
}

var yamlErrLine = regexp.MustCompile(`^yaml: line (\d+): `)

// yamlParserProblems are the problems yaml.v3's parser (not its scanner)
// reports. For these it names the line counting from 0, at the start of
// the construct it was reading (a flow sequence left open, say); for
// scanner problems it counts from 1.
var yamlParserProblems = []string{
	"did not find expected ',' or ']'",
	"did not find expected ',' or '}'",
	"did not find expected '-' indicator",
	"did not find expected <document start>",
	"did not find expected key",
	"did not find expected node content",
	"found duplicate %TAG directive",
	"found duplicate %YAML directive",
	"found incompatible YAML document",
	"found undefined tag handle",
}

// yamlError turns a yaml.v3 error into an *Error at its line in the file.
func yamlError(err error, lc *locator) error {
	msg := err.Error()
	off := 0
	if m := yamlErrLine.FindStringSubmatch(msg); m != nil {
		msg = msg[len(m[0]):]
		l, _ := strconv.Atoi(m[1])
		if slices.Contains(yamlParserProblems, msg) {
			l++
		}
		if l >= 1 && l <= len(lc.lines) {
			off = lc.lines[l-1]
		}
		if off >= len(bytes.TrimRight(lc.raw, " \t\r\n")) {
			// The parser ran out of text: point at the last line that
			// holds any, where the construct left open is.
			off = lc.lines.lineStart(len(bytes.TrimRight(lc.raw, " \t\r\n")))
		}
	}
	msg = strings.TrimPrefix(msg, "yaml: ")
	return lc.errorf(off, "invalid YAML: %s", msg)
}
