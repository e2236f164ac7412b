package embed

import (
	"fmt"
	"strings"
	"unicode"
)

// A Shortcode is what a provider turns an embed into. Its String method
// renders it as Hugo reads it: {{< name key="value" ... >}}.
type Shortcode struct {
	// Name is the shortcode's name, such as "youtube" or "speakerdeck".
	Name string
	// Params are the parameters, rendered in this order: all named, or
	// all positional (an empty Key), as Hugo does not mix them. Named
	// parameters with an empty value are left out.
	Params []Param
	// Inner, when not empty, is rendered between an opening and a
	// closing tag: {{< name >}}inner{{< /name >}}. Only shortcodes whose
	// template reads .Inner may have it, or Hugo fails the build. It is
	// one line, without shortcodes (inlineMarkdown makes such text).
	Inner string
	// Caption, when not empty, is one line of Markdown that Rewrite puts
	// after the shortcode, as a paragraph of its own (after a space, for
	// an embed in a sentence): what the embed code showed with the embed
	// that its shortcode has no place for, such as the credit line Vimeo
	// puts under a video ("Title from Author on Vimeo."), which then
	// renders as text, as it did. Like Inner, it holds no shortcode
	// (inlineMarkdown makes such text).
	Caption string
	// Paired says that the shortcode's template reads .Inner, as xpost's
	// does. Hugo then requires every call to be closed, so String closes
	// the shortcode even when Inner is empty: self-closed, {{< name … />}}.
	// A shortcode whose template does not read .Inner must not be paired:
	// Hugo refuses a closing tag for it.
	Paired bool
	// Consumed is the number of elements after the embed (Embed.Next)
	// that the shortcode replaces too: a SlideShare credit line, the
	// companion script of a tweet.
	Consumed int
	// Skip, when not empty, says why the provider recognised the embed
	// but leaves it as it is (a YouTube playlist, say). The embed is then
	// reported as left alone, with this reason, and Name is ignored.
	Skip string
	// Note, when not empty, is a remark on a converted embed for the
	// report: what the shortcode cannot carry (a player option), say.
	Note string
}

// A Param is one shortcode parameter: named, or positional when Key is
// empty.
type Param struct {
	Key, Value string
}

// Named returns the parameter key="value", for building shortcodes
// tersely: Shortcode{Name: "youtube", Params: []Param{Named("id", id)}}.
func Named(key, value string) Param { return Param{key, value} }

// Positional returns a parameter given by its place, not by a key:
// {{< ref "value" >}}.
func Positional(value string) Param { return Param{Value: value} }

// Get returns the value of the named parameter, or "".
func (s Shortcode) Get(key string) string {
	for _, p := range s.Params {
		if p.Key == key {
			return p.Value
		}
	}
	return ""
}

// String renders the shortcode, closed when it has inner content or is
// Paired. Every value is quoted so that Hugo reads it as a string
// whatever it holds: in double quotes, or in backquotes when it holds a
// double quote. Runs of ASCII white space in values, newlines included,
// become one space, since Hugo's quoted parameters cannot span lines.
func (s Shortcode) String() string {
	var b strings.Builder
	size := 2*len(s.Name) + len(s.Inner) + 16
	for _, p := range s.Params {
		size += len(p.Key) + len(p.Value) + 4
	}
	b.Grow(size)
	b.WriteString("{{< ")
	b.WriteString(s.Name)
	for _, p := range s.Params {
		v := oneLine(p.Value)
		if v == "" && p.Key != "" {
			continue
		}
		b.WriteByte(' ')
		if p.Key != "" {
			b.WriteString(p.Key)
			b.WriteByte('=')
		}
		writeQuoted(&b, v)
	}
	switch {
	case s.Inner != "":
		b.WriteString(" >}}")
		b.WriteString(s.Inner)
		b.WriteString("{{< /")
		b.WriteString(s.Name)
		b.WriteString(" >}}")
	case s.Paired:
		b.WriteString(" />}}")
	default:
		b.WriteString(" >}}")
	}
	return b.String()
}

// oneLine returns v with runs of ASCII white space folded into one space
// and none at the ends; other characters, Unicode spaces included, stay.
func oneLine(v string) string {
	fold := false
	for i := 0; i < len(v) && !fold; i++ {
		if isASCIISpace(v[i]) {
			fold = v[i] != ' ' || i == 0 || i == len(v)-1 || v[i+1] == ' '
		}
	}
	if !fold {
		return v
	}
	var b strings.Builder
	space := false
	for i := range len(v) {
		if isASCIISpace(v[i]) {
			space = b.Len() > 0
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteByte(v[i])
	}
	return b.String()
}

func isASCIISpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'
}

// writeQuoted writes v to b quoted as a shortcode parameter value that
// Hugo's lexer (parser/pageparser) reads back as v.
func writeQuoted(b *strings.Builder, v string) {
	switch {
	case !strings.Contains(v, `"`) && !strings.HasSuffix(v, `\`):
		// No escape is needed; backslashes stay as they are.
		b.WriteByte('"')
		b.WriteString(v)
		b.WriteByte('"')
	case !strings.Contains(v, "`"):
		// A raw string: no escapes at all.
		b.WriteByte('`')
		b.WriteString(v)
		b.WriteByte('`')
	default:
		// Both quote characters: escape the double quotes. Hugo then drops
		// every backslash, so backslashes cannot be kept; they are rare
		// enough in embed parameters (titles, URLs) to replace.
		v = strings.ReplaceAll(v, `\`, "/")
		b.WriteByte('"')
		b.WriteString(strings.ReplaceAll(v, `"`, `\"`))
		b.WriteByte('"')
	}
}

// checkShortcode reports what makes sc unusable: a name or parameter Hugo
// cannot read, positional and named parameters mixed, inner content or a
// caption that spans lines or holds a shortcode, more companions consumed
// than there are.
func checkShortcode(sc Shortcode, next int) error {
	if sc.Consumed < 0 || sc.Consumed > next {
		return fmt.Errorf("Consumed = %d with %d elements next", sc.Consumed, next)
	}
	if sc.Skip != "" {
		return nil
	}
	if !isShortcodeName(sc.Name) {
		return fmt.Errorf("a shortcode named %q", sc.Name)
	}
	named := 0
	for _, p := range sc.Params {
		if p.Key == "" {
			continue
		}
		named++
		if !isParamName(p.Key) {
			return fmt.Errorf("a parameter named %q", p.Key)
		}
	}
	if named != 0 && named != len(sc.Params) {
		return fmt.Errorf("named and positional parameters mixed in %s", sc.Name)
	}
	if !isTextLine(sc.Inner) {
		return fmt.Errorf("inner content for %s that spans lines or holds a shortcode", sc.Name)
	}
	if !isTextLine(sc.Caption) {
		return fmt.Errorf("a caption for %s that spans lines or holds a shortcode", sc.Name)
	}
	return nil
}

// isTextLine reports whether s can stand on one line of Markdown with no
// shortcode in it.
func isTextLine(s string) bool {
	return !strings.ContainsAny(s, "\r\n") && !strings.Contains(s, "{{<") && !strings.Contains(s, "{{%")
}

// isShortcodeName reports whether Hugo's lexer reads s as a shortcode
// name: letters, digits, "_", "-" and "/", not starting with "-" or "/".
func isShortcodeName(s string) bool {
	for i, r := range s {
		switch {
		case r == '_' || unicode.IsLetter(r) || unicode.IsDigit(r):
		case i > 0 && (r == '-' || r == '/'):
		default:
			return false
		}
	}
	return s != ""
}

// isParamName reports whether Hugo's lexer reads s as a parameter name.
func isParamName(s string) bool {
	for _, r := range s {
		if !(r == '_' || r == '-' || r == '.' || unicode.IsLetter(r) || unicode.IsDigit(r)) {
			return false
		}
	}
	return s != ""
}
