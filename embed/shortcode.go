package embed

import (
	"strings"
)

// A Shortcode is what a provider turns an embed into. Its String method
// renders it as Hugo reads it: {{< name key="value" ... >}}.
type Shortcode struct {
	// Name is the shortcode's name, such as "youtube" or "speakerdeck".
	Name string
	// Params are named parameters, rendered in this order. Parameters
	// with an empty value are left out.
	Params []Param
	// Inner, when not empty, is rendered between an opening and a
	// closing tag: {{< name >}}inner{{< /name >}}. Only shortcodes whose
	// template reads .Inner may have it, or Hugo fails the build.
	Inner string
	// Consumed is the number of elements after the embed (Embed.Next)
	// that the shortcode replaces too: a SlideShare credit line, the
	// companion script of a tweet.
	Consumed int
	// Skip, when not empty, says why the provider recognised the embed
	// but leaves it as it is (a YouTube playlist, say). The embed is then
	// reported as left alone, with this reason, and Name is ignored.
	Skip string
}

// A Param is one named shortcode parameter.
type Param struct {
	Key, Value string
}

// P returns the named parameter, for building shortcodes tersely.
func P(key, value string) Param { return Param{key, value} }

// Get returns the value of the named parameter, or "".
func (s Shortcode) Get(key string) string {
	for _, p := range s.Params {
		if p.Key == key {
			return p.Value
		}
	}
	return ""
}

// String renders the shortcode. Every value is quoted so that Hugo reads
// it as a string whatever it holds: in double quotes, or in backquotes
// when it holds a double quote. Runs of white space in values, newlines
// included, become one space, since Hugo's quoted parameters cannot span
// lines.
func (s Shortcode) String() string {
	var b strings.Builder
	b.WriteString("{{< ")
	b.WriteString(s.Name)
	for _, p := range s.Params {
		v := strings.Join(strings.Fields(p.Value), " ")
		if v == "" {
			continue
		}
		b.WriteByte(' ')
		b.WriteString(p.Key)
		b.WriteByte('=')
		b.WriteString(quote(v))
	}
	b.WriteString(" >}}")
	if s.Inner != "" {
		b.WriteString(s.Inner)
		b.WriteString("{{< /")
		b.WriteString(s.Name)
		b.WriteString(" >}}")
	}
	return b.String()
}

// quote quotes v as a shortcode parameter value that Hugo's lexer
// (parser/pageparser) reads back as v.
func quote(v string) string {
	switch {
	case !strings.Contains(v, `"`) && !strings.HasSuffix(v, `\`):
		// No escape is needed; backslashes stay as they are.
		return `"` + v + `"`
	case !strings.Contains(v, "`"):
		// A raw string: no escapes at all.
		return "`" + v + "`"
	default:
		// Both quote characters: escape the double quotes. Hugo then drops
		// every backslash, so backslashes cannot be kept; they are rare
		// enough in embed parameters (titles, URLs) to replace.
		v = strings.ReplaceAll(v, `\`, "/")
		return `"` + strings.ReplaceAll(v, `"`, `\"`) + `"`
	}
}
