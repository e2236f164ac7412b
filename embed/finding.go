package embed

import "fmt"

// A Finding is one thing Rewrite did or saw: an embed it converted, or
// one it left alone, and why.
type Finding struct {
	// Line and Col give the position of the embed's "<" in the body
	// Rewrite was given, 1-based, the column in bytes. (A caller that
	// split the body off a file adds the body's offset.)
	Line, Col int
	// Provider names the provider that claimed the embed, "" when none
	// did.
	Provider string
	// Shortcode is what replaced the embed, when it was converted.
	Shortcode string
	// Converted reports that the embed was replaced by Shortcode.
	Converted bool
	// Reason says why the embed was left as it is, or, for a converted
	// one, what else changed around it (a blank line added, an embed in
	// the middle of a sentence); "" when there is nothing to say.
	Reason string
}

// String renders the finding on one line, as reports list them:
//
//	12:1: speakerdeck: converted to {{< speakerdeck id="abc" >}}
//	40:3: left: unknown iframe (example.com)
func (f Finding) String() string {
	who := f.Provider
	if who == "" {
		who = "left"
	}
	var s string
	switch {
	case f.Converted && f.Reason != "":
		s = fmt.Sprintf("%s: converted to %s (%s)", who, f.Shortcode, f.Reason)
	case f.Converted:
		s = fmt.Sprintf("%s: converted to %s", who, f.Shortcode)
	case f.Provider != "":
		s = fmt.Sprintf("%s: left: %s", who, f.Reason)
	default:
		s = fmt.Sprintf("left: %s", f.Reason)
	}
	return fmt.Sprintf("%d:%d: %s", f.Line, f.Col, s)
}
