package convert

import (
	"testing"

	"github.com/hugofmt/hugofmt/frontmatter"
)

func TestFrontMatter(t *testing.T) {
	rules, err := frontmatter.RulesByName("keys,types")
	if err != nil {
		t.Fatal(err)
	}
	src := "\n---\nlastMod: 2020-01-02\nTitle: a\ntitle: b\ndraft: \"true\"\n---\nbody\n"
	out, rep, err := Bytes(FrontMatter(frontmatter.Config{}, rules...), []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	want := "\n---\nlastmod: 2020-01-02\nTitle: a\ntitle: b\ndraft: true\n---\nbody\n"
	if string(out) != want {
		t.Errorf("got\n%s\nwant\n%s", out, want)
	}
	if !rep.Changed || len(rep.Changes) != 2 || rep.Changes[0].Rule != "keys" || rep.Changes[0].Line != 3 || rep.Changes[1].Rule != "types" || rep.Changes[1].Line != 6 {
		t.Errorf("changes %+v, want keys on line 3 and types on line 6", rep.Changes)
	}
	if len(rep.Warnings) != 1 || rep.Warnings[0].Source != "keys" || rep.Warnings[0].Line != 5 {
		t.Errorf("warnings %+v, want the keys rule's on Title/title", rep.Warnings)
	}
}
