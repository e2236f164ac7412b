package migrate

import (
	"bytes"
	"strings"

	"github.com/hugofmt/hugofmt/internal/mdscan"
)

// fenceTitles turns the file names Qiita and Zenn write in a fence's info
// string into Hugo's title attribute:
//
//	```ruby:app.rb        ```ruby {title="app.rb"}
//	```:app.rb            ```text {title="app.rb"}
//	```swift: File.swift  ```swift {title="File.swift"}
//	```diff_ruby:app.rb   ```diff {title="app.rb"}    (Qiita's diff of Ruby)
//	```diff ts:app.ts     ```diff {title="app.ts"}    (Zenn's diff of TypeScript)
//
// A fence without a language gets "text": Hugo writes attributes only on
// a highlighted block.
func fenceTitles(p *pass) {
	p.firstLines(mdscan.FencedCode, titledFence, func(l lineAt, _ mdscan.Block) {
		s := string(p.text[l.content:l.end])
		body := strings.TrimLeft(s, " ")
		if len(s)-len(body) > 3 || body == "" {
			return
		}
		fence := l.content + len(s) - len(body)
		marks := len(body) - len(strings.TrimLeft(body, body[:1]))
		start := fence + marks
		info := strings.TrimSpace(body[marks:])
		if _, ok := p.scan().ShortcodeIn(start, l.end); ok {
			return
		}
		to, why, ok := titled(info)
		switch {
		case !ok:
		case why != "":
			p.left(fence, "```lang:file", why)
		case p.replace(start, l.end, to):
			p.converted(fence, "```lang:file", body[:marks]+to, "")
		}
	})
}

// titledFence reports whether a line, trimmed, may open a fence with a
// file name: a cheap test before the body is read.
func titledFence(line []byte) bool {
	return (bytes.HasPrefix(line, []byte("```")) || bytes.HasPrefix(line, []byte("~~~"))) && bytes.IndexByte(line, ':') > 0
}

// titled reads a fence's info string naming a file after a colon. It
// returns the info string Hugo reads, or why there is none; ok is false
// for an info string without a file name.
func titled(info string) (to, why string, ok bool) {
	before, title, found := strings.Cut(info, ":")
	title = strings.TrimSpace(title)
	if !found || title == "" || strings.ContainsAny(info, "{}") || strings.HasPrefix(title, "//") {
		return "", "", false
	}
	var lang string
	switch f := strings.Fields(before); {
	case len(f) == 0:
		lang = "text"
	case len(f) == 1:
		lang = f[0]
	case len(f) == 2 && f[0] == "diff":
		lang = "diff"
	default:
		return "", "", false
	}
	if !langRE.MatchString(lang) {
		return "", "", false
	}
	if strings.HasPrefix(lang, "diff_") {
		lang = "diff"
	}
	if strings.Contains(title, `"`) {
		return "", "its file name holds a double quote, which Hugo would write unescaped", true
	}
	return lang + ` {title="` + title + `"}`, "", true
}
