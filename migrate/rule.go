package migrate

import (
	"fmt"
	"slices"
	"strings"

	"github.com/hugofmt/hugofmt/embed"
	"github.com/hugofmt/hugofmt/frontmatter"
)

// A Rule rewrites the syntax of one engine, or one family of syntax, in a
// content body into what Hugo renders: Jekyll's Liquid tags, Zenn's
// embeds and message blocks, WordPress's shortcodes …
//
// Every rule reads the body as Hugo does and never touches code (fenced
// and indented code blocks, code spans), HTML comments, or Hugo
// shortcodes: a post about Liquid keeps its examples. (Jekyll's
// {% raw %}, which Jekyll strips wherever it stands, is stripped in code
// too: it is what kept those examples alive in Jekyll.) It reports every
// change it makes, and everything it recognises but leaves as it is, with
// the reason; an unknown tag is left byte for byte and named, so that a
// site owner sees what still needs a template. A rule is idempotent:
// applied to its own output, it changes nothing.
//
// Embeds ({% youtube ID %}, @[speakerdeck](ID), [embed]URL[/embed]) become
// exactly the shortcode the embed package makes of the service's own embed
// HTML, with the providers of the rule's registry.
//
// A Rule holds no state: one may be applied to many documents at once.
// Rules and RulesByName make them; the zero Rule changes nothing.
type Rule struct {
	name, summary string
	run           func(p *pass)
	reg           *embed.Registry
}

// Name returns the rule's name, as RulesByName and the batch tool's -r
// flag take it: "jekyll-tags", "zenn-syntax" …
func (r Rule) Name() string { return r.name }

// Summary says in one line what the rule does, for -help.
func (r Rule) Summary() string { return r.summary }

// WithRegistry returns the rule taking the shortcodes of embeds from the
// providers of reg rather than from embed.Default().
func (r Rule) WithRegistry(reg *embed.Registry) Rule {
	r.reg = reg
	return r
}

// Rewrite applies the rule to body, a Markdown body without its front
// matter, and returns the new body with what the rule found, positions
// counted in body. A body the rule leaves as it is comes back as the very
// slice body.
func (r Rule) Rewrite(body []byte) ([]byte, []Finding) {
	return r.rewrite(body, "")
}

func (r Rule) rewrite(body []byte, separator string) ([]byte, []Finding) {
	if r.run == nil {
		return body, nil
	}
	reg := r.reg
	if reg == nil {
		reg = embed.Default()
	}
	p := newPass(r.name, reg, body)
	p.separator = separator
	r.run(p)
	return p.result()
}

// Migrate applies the rule to d's body and returns what it found, at its
// position in the file as it was read (see
// frontmatter.Document.BodyPosition), whatever the transforms applied
// before it changed in the body. It reads d's front matter only for what the rule
// needs from it (Jekyll's excerpt_separator), and fails only when that
// cannot be read, with a *frontmatter.Error, leaving d as it was.
func (r Rule) Migrate(d *frontmatter.Document) ([]Finding, error) {
	var sep string
	if r.name == moreRule && d.Format() != frontmatter.None {
		m, err := d.Meta()
		if err != nil {
			return nil, err
		}
		if n := m.Get("excerpt_separator"); n != nil && n.Kind() == frontmatter.StringKind {
			sep = n.Str()
		}
	}
	body, findings := r.rewrite(d.Body(), sep)
	for i := range findings { // placed in d's body, before it is replaced
		f := &findings[i]
		f.Line, f.Col = d.BodyPosition(f.Line, f.Col)
	}
	d.SetBody(body)
	return findings, nil
}

const moreRule = "more"

// Rules returns every rule, in the order they apply, each taking the
// shortcodes of embeds from embed.Default(). The rules that wrap Markdown
// in a paired shortcode (Zenn's and Qiita's blocks) come last, since the
// other rules leave what a shortcode holds alone.
func Rules() []Rule {
	return []Rule{
		{name: "jekyll-tags", summary: "Jekyll and Octopress Liquid tags: highlight, raw, embeds, img, post_url, include …", run: jekyllTags().run},
		{name: "hexo-tags", summary: "Hexo tag plugins: codeblock, blockquote, embeds, img, asset_img, post_link …, and NexT's note", run: hexoTags().run},
		{name: "wp-shortcodes", summary: "WordPress shortcodes: [embed], [youtube], [gist], [caption] …", run: wordpress},
		{name: "fence-titles", summary: "code fences titled ```lang:file (Qiita, Zenn) into ```lang {title=\"file\"}", run: fenceTitles},
		{name: moreRule, summary: "<!-- more --> and Jekyll's excerpt_separator into Hugo's <!--more-->", run: more},
		{name: "bare-urls", summary: "a line holding only a YouTube, Vimeo, X, Speaker Deck, SlideShare, Docswell or gist URL into its embed (opt-in)", run: bareURLs},
		{name: "zenn-syntax", summary: "Zenn: @[service](…) embeds, :::message and :::details blocks, image widths", run: zenn},
		{name: "qiita-notes", summary: "Qiita: :::note info|warn|alert blocks into the callout shortcode", run: qiita},
	}
}

// A Preset is a name standing for the rules that migrate a site from one
// engine.
type Preset struct {
	Name    string   // as RulesByName takes it: "jekyll"
	Summary string   // what it migrates, in a few words: "a Jekyll or Octopress site"
	Rules   []string // the rules' names, in the order they apply
}

// Presets returns the presets RulesByName takes.
func Presets() []Preset {
	return []Preset{
		{"jekyll", "a Jekyll or Octopress site", []string{"jekyll-tags", moreRule}},
		{"hexo", "a Hexo site", []string{"hexo-tags", moreRule}},
		{"zenn", "articles written for Zenn", []string{"fence-titles", "zenn-syntax"}},
		{"qiita", "articles written for Qiita", []string{"fence-titles", "qiita-notes"}},
		{"wordpress", "a WordPress export", []string{"wp-shortcodes", moreRule}},
	}
}

// RulesByName returns the rules spec names, in the order they apply
// (that of Rules), each once. Spec is a comma-separated list of rule names
// and presets (see Presets); a name with a leading "-" removes that rule
// or preset from those named before it: "jekyll,-more,bare-urls". Spaces
// around names are ignored; an empty spec names no rule. An unknown name
// is an error that lists the known ones.
func RulesByName(spec string) ([]Rule, error) {
	all := Rules()
	chosen := map[string]bool{}
	for _, name := range strings.Split(spec, ",") {
		name = strings.TrimSpace(name)
		if name == "" {
			continue
		}
		base, removed := strings.CutPrefix(name, "-")
		names, err := expand(strings.TrimSpace(base), all)
		if err != nil {
			return nil, err
		}
		for _, n := range names {
			chosen[n] = !removed
		}
	}
	var rules []Rule
	for _, r := range all {
		if chosen[r.name] {
			rules = append(rules, r)
		}
	}
	return rules, nil
}

// expand returns the rules a name stands for.
func expand(name string, all []Rule) ([]string, error) {
	for _, p := range Presets() {
		if p.Name == name {
			return p.Rules, nil
		}
	}
	if slices.ContainsFunc(all, func(r Rule) bool { return r.name == name }) {
		return []string{name}, nil
	}
	known := make([]string, 0, len(all)+5)
	for _, p := range Presets() {
		known = append(known, p.Name)
	}
	for _, r := range all {
		known = append(known, r.name)
	}
	return nil, fmt.Errorf("migrate: unknown rule %q (the rules: %s)", name, strings.Join(known, ", "))
}
