package embed

import "fmt"

// A Finding is one thing Rewrite did or saw: an embed it converted, or
// one it left alone, and why. The JSON names are those of the batch tool's
// -json report, which lists findings as convert.Report does.
type Finding struct {
	// Line and Col give the position of the embed's "<", 1-based, the
	// column in bytes, in the text the embed was found in: the body given
	// to Rewrite. In a convert.Report they are its position in the file as
	// it was read.
	Line int `json:"line"`
	Col  int `json:"col"`
	// Provider names the provider that claimed the embed, "" when none
	// did.
	Provider string `json:"provider,omitempty"`
	// Converted reports that the embed was replaced by Shortcode.
	Converted bool `json:"converted"`
	// Shortcode is what replaced the embed, when it was converted.
	Shortcode string `json:"shortcode,omitempty"`
	// Reason says why the embed was left as it is, or, for a converted
	// one, what else changed around it (a blank line added, an embed in
	// the middle of a sentence); "" when there is nothing to say.
	Reason string `json:"reason,omitempty"`
}

// LeftReason returns why the embed was left, prefixed with its provider
// when one claimed it: "youtube: playlists have no shortcode"; "no
// provider" when there is no reason to give.
func (f Finding) LeftReason() string {
	reason := f.Reason
	if reason == "" {
		reason = "no provider"
	}
	if f.Provider == "" {
		return reason
	}
	return f.Provider + ": " + reason
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

// An Error is why Rewrite failed: a provider returned a shortcode Hugo
// could not read, or the body is too large to read. convert reports it as
// a *frontmatter.Error at its place in the file, wrapping it.
type Error struct {
	// Line and Col give the position, 1-based, the column in bytes, in
	// the body given to Rewrite: of the embed the provider returned the
	// shortcode for, or 1:1.
	Line, Col int
	// Provider names the provider at fault; "" when none is.
	Provider string
	// Msg says what is wrong, without the position.
	Msg string
}

// Error returns "line:col: embed: msg".
func (e *Error) Error() string { return fmt.Sprintf("%d:%d: embed: %s", e.Line, e.Col, e.Msg) }
