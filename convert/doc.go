// Package convert chains transforms over Hugo content files and reports
// what they did: over one file's bytes with [Bytes], and over a whole tree,
// in parallel, with a [Walker].
//
// A [Transformer] changes one parsed document; [Chain] makes one out of
// several, in the manner of golang.org/x/text/transform. [New] builds the
// chain a user asks for by name (the front matter rules, the embed
// rewriting) from [Options]. [ReadSite] reads what a Hugo site's
// configuration says of its content: where it is (the Walker walks only
// that), its taxonomies and its time zone.
//
// The package reads and converts; it never writes a file nor prints: what
// to do with a converted file is the caller's choice, as the batch tool in
// examples/convert shows.
package convert
