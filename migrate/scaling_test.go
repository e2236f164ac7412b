package migrate

import (
	"bytes"
	"testing"

	"github.com/hugofmt/hugofmt/internal/scaling"
)

// TestRulesScale holds the rules to linear time on bodies that repeat one
// unit: blocks that never end (each one's end was searched for to the end
// of the body), and blocks that do.
func TestRulesScale(t *testing.T) {
	cases := []struct {
		name, rules, unit string
	}{
		{"unclosed raw", "jekyll", "{% raw %}\ntext\n"},
		{"unclosed highlight", "jekyll", "{% highlight go %}\ncode\n"},
		{"unclosed codeblock", "hexo", "{% codeblock a.go %}\ncode\n"},
		{"unclosed message", "zenn", ":::message\ntext\n"},
		{"unclosed note", "qiita", ":::note info\ntext\n"},
		{"messages", "zenn", ":::message\ntext\n:::\n\n"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			rules, err := RulesByName(c.rules)
			if err != nil {
				t.Fatal(err)
			}
			scaling.Check(t, c.name, 100, func(n int) []byte { return bytes.Repeat([]byte(c.unit), n) },
				func(body []byte) {
					for _, r := range rules {
						r.Rewrite(body)
					}
				})
		})
	}
}
