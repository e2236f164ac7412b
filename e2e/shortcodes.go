package e2e

import (
	"bytes"
	"io/fs"
	"strings"
)

// builtinShortcodes are the shortcodes Hugo HugoVersion embeds (its
// tpl/tplimpl/embedded/templates/_shortcodes directory). gist and twitter
// are among them although they only report that they were removed: a page
// that uses them fails to build, which is a fact the suite must see, not
// stub away.
var builtinShortcodes = []string{
	"comment", "details", "figure", "gist", "highlight", "instagram",
	"instagram_simple", "param", "qr", "ref", "relref", "twitter",
	"twitter_simple", "vimeo", "vimeo_simple", "x", "x_simple", "youtube",
}

// themeShortcodes returns the shortcodes the content under root calls that
// Hugo does not embed: the ones the site's theme defines. The value tells
// whether the shortcode takes inner content, which the stub standing in for
// it must match (Hugo rejects a closing tag for a template that ignores
// .Inner, and an open call of one that reads it). A name with any closed
// call is taken to read .Inner, as its real template must.
func themeShortcodes(fsys fs.FS, root string) (map[string]bool, error) {
	inner := map[string]bool{}
	err := fs.WalkDir(fsys, root, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		src, err := fs.ReadFile(fsys, path)
		if err != nil {
			return err
		}
		for _, c := range shortcodeCalls(src) {
			inner[c.name] = inner[c.name] || c.closed
		}
		return nil
	})
	for _, name := range builtinShortcodes {
		delete(inner, name)
	}
	return inner, err
}

// A shortcodeCall is one shortcode tag in a content file.
type shortcodeCall struct {
	name string
	// closed is true for a closing tag ({{< /name >}}) and a self-closing
	// one ({{< name />}}).
	closed bool
}

// shortcodeCalls returns the shortcode tags in src, in order: {{< name … >}}
// and {{% name … %}}, their closing and self-closing forms. It skips the
// escaped form {{</* … */>}}, which Hugo prints as text, and inline
// shortcodes (name.inline), which the suite's sites do not enable.
func shortcodeCalls(src []byte) []shortcodeCall {
	var calls []shortcodeCall
	for {
		i := bytes.Index(src, []byte("{{"))
		if i < 0 || i+2 >= len(src) {
			return calls
		}
		src = src[i+2:]
		var end []byte
		switch src[0] {
		case '<':
			end = []byte(">}}")
		case '%':
			end = []byte("%}}")
		default:
			continue
		}
		tag := bytes.TrimSpace(src[1:])
		if bytes.HasPrefix(tag, []byte("/*")) {
			// Escaped: skip to the end of the comment.
			if j := bytes.Index(src, []byte("*/")); j >= 0 {
				src = src[j+2:]
			}
			continue
		}
		j := bytes.Index(src, end)
		if j < 0 {
			return calls
		}
		tag = bytes.TrimSpace(src[1:j])
		src = src[j+len(end):]
		var c shortcodeCall
		if rest, ok := bytes.CutPrefix(tag, []byte("/")); ok {
			c.closed = true
			tag = bytes.TrimSpace(rest)
		} else if bytes.HasSuffix(tag, []byte("/")) {
			c.closed = true
		}
		c.name = string(tag[:nameLen(tag)])
		if c.name != "" && !strings.HasSuffix(c.name, ".inline") {
			calls = append(calls, c)
		}
	}
}

// nameLen returns the length of the shortcode name that tag starts with.
func nameLen(tag []byte) int {
	for i, c := range tag {
		isName := 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' ||
			c == '_' || c == '-' || c == '.' || c == '/' || c >= 0x80
		if !isName || c == '/' && i == len(tag)-1 {
			return i
		}
	}
	return len(tag)
}

// stubTemplate returns the template standing in for a theme's shortcode:
// the inner content as written for one that takes it, nothing otherwise.
func stubTemplate(inner bool) string {
	if inner {
		return "{{- .Inner -}}\n"
	}
	return ""
}
