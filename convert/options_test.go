package convert

import (
	"strings"
	"testing"

	"github.com/hugofmt/hugofmt/embed"
	"github.com/hugofmt/hugofmt/frontmatter"
)

const (
	jekyll = "---\ntags: \"a b\"\n---\n"
	deck   = `<script async class="speakerdeck-embed" data-id="0123456789abcdef0123456789abcdef" src="//speakerdeck.com/assets/embed.js"></script>` + "\n"
	frame  = `<iframe src="https://example.com/x"></iframe>` + "\n"
)

func TestNew(t *testing.T) {
	tests := []struct {
		rules string
		to    frontmatter.Format
		// what the transformer does to jekyll+deck+frame: the rules and
		// providers it reports, in order.
		want string
	}{
		{"", "", "taxonomies speakerdeck"},
		{"hugo,embeds", "", "taxonomies speakerdeck"},
		{" hugo , embeds ,", "", "taxonomies speakerdeck"},
		{"hugo", "", "taxonomies"},
		{"embeds", "", "speakerdeck"},
		{"embeds,iframes", "", "speakerdeck iframes"},
		{"iframes", "", "iframes"},
		{"hugo,embeds,-embeds", "", "taxonomies"},
		{"hugo,-taxonomies,embeds", "", "speakerdeck"},
		{"none", "", ""},
		{"none", frontmatter.TOML, "format"},
		{"keys,format", frontmatter.JSON, "format"},
		{"embeds", frontmatter.JSON, "format speakerdeck"},
		{"all,-format", "", "taxonomies"},
	}
	for _, tt := range tests {
		tr, err := New(Options{Rules: tt.rules, To: tt.to})
		if err != nil {
			t.Errorf("New(%q, %q): %v", tt.rules, tt.to, err)
			continue
		}
		_, rep, err := Bytes(tr, []byte(jekyll+deck+"\n"+frame))
		if err != nil {
			t.Errorf("New(%q, %q): %v", tt.rules, tt.to, err)
			continue
		}
		var got []string
		for _, c := range rep.Changes {
			got = append(got, c.Rule)
		}
		for _, e := range rep.Embeds {
			if e.Converted {
				got = append(got, e.Provider)
			}
		}
		if s := strings.Join(got, " "); s != tt.want {
			t.Errorf("New(%q, %q) did %q, want %q", tt.rules, tt.to, s, tt.want)
		}
	}
}

func TestNewErrors(t *testing.T) {
	tests := []struct {
		rules string
		to    frontmatter.Format
		err   string
	}{
		{"hugo,nosuch", "", `convert: unknown rule "nosuch" (the rules: jekyll, hexo, zenn, qiita, wordpress, jekyll-tags, hexo-tags, wp-shortcodes, fence-titles, more, bare-urls, zenn-syntax, qiita-notes, embeds, iframes, hugo, all, keys, aliases, taxonomies, dates, types, order, format, none)`},
		{"-nosuch", "", `unknown rule "nosuch"`},
		{"none,embeds", "", `convert: rules "none,embeds": "none" stands alone`},
		{"-none", "", `"none" stands alone`},
		{"format", "", "convert: the format rule needs a format to write: set Options.To (-to yaml, toml or json)"},
		{"all", "", "the format rule needs a format to write"},
		{"", "xml", `convert: Options.To: not a front matter format to write: "xml" (the formats are yaml, toml and json)`},
		{"", frontmatter.Org, `not a front matter format to write: "org"`},
	}
	for _, tt := range tests {
		_, err := New(Options{Rules: tt.rules, To: tt.to})
		if err == nil || !strings.Contains(err.Error(), tt.err) {
			t.Errorf("New(%q, %q): error %v, want %q", tt.rules, tt.to, err, tt.err)
		}
	}
}

// TestNewRegistry checks that Options.Registry replaces the default
// providers, and that iframes comes last.
func TestNewRegistry(t *testing.T) {
	none, err := embed.NewRegistry()
	if err != nil {
		t.Fatal(err)
	}
	tr, err := New(Options{Rules: "embeds,iframes", Registry: none})
	if err != nil {
		t.Fatal(err)
	}
	_, rep, err := Bytes(tr, []byte(deck+"\n"+frame))
	if err != nil {
		t.Fatal(err)
	}
	if len(rep.Embeds) != 2 || rep.Embeds[0].Converted || !rep.Embeds[1].Converted || rep.Embeds[1].Provider != "iframes" {
		t.Errorf("embeds %+v: want the deck left (no provider) and the iframe converted by iframes", rep.Embeds)
	}
}

func TestChoices(t *testing.T) {
	names := map[string]bool{}
	for _, c := range Choices() {
		if c.Summary == "" || names[c.Name] {
			t.Errorf("choice %q: empty summary or listed twice", c.Name)
		}
		names[c.Name] = true
	}
	for _, r := range frontmatter.Rules() {
		if !names[r.Name()] {
			t.Errorf("rule %q is not a choice", r.Name())
		}
	}
}
