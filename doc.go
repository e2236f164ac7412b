// Package hugofmt migrates and normalizes Hugo content without losing a
// byte that no rule means to change.
//
// Years-old Hugo sites break quietly. Posts carry raw embed HTML (Speaker
// Deck scripts, SlideShare and YouTube iframes, tweets, gists) that today's
// Hugo renders as "<!-- raw HTML omitted -->". Their front matter is YAML
// here, TOML there, JSON elsewhere, with keys spelled every way, leftovers
// from Jekyll or WordPress, dates Hugo cannot parse and quoted booleans.
// hugofmt fixes a whole site in one run, the way gofmt fixes Go code.
//
// The work is split in packages that data flows through in one direction:
//
//   - [github.com/hugofmt/hugofmt/frontmatter] splits a file into front
//     matter and body exactly as Hugo's page lexer does, keeps an ordered,
//     comment-keeping model of the front matter, renders it as YAML, TOML
//     or JSON and applies named normalization rules.
//   - [github.com/hugofmt/hugofmt/embed] finds raw embeds in a Markdown body,
//     never inside code, and rewrites them into shortcodes; it ships the
//     shortcode templates Hugo lacks.
//   - [github.com/hugofmt/hugofmt/migrate] rewrites what other engines left
//     in the body (Jekyll and Hexo tags, Zenn and Qiita notation, WordPress
//     shortcodes) into Markdown and shortcodes Hugo renders.
//   - [github.com/hugofmt/hugofmt/convert] chains transforms over one file or
//     a whole tree and reports what happened to each file.
//
// The command in examples/convert is the batch tool, with gofmt's habits:
// -l lists the files that would change, -d prints diffs, -w writes them.
//
// Every transform keeps three promises. Nothing is lost: a file no rule
// changes comes out byte-identical, and a rule changes only the bytes it
// owns. Hugo is the judge: a converted page means to Hugo what it meant
// before, and shows its embeds again. Running a transform on its own output
// changes nothing.
package hugofmt
