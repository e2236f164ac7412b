package embed

// A Provider recognises the embeds of one service and says which
// shortcode replaces them. Providers are consulted in the order of their
// Registry; the first that recognises an embed wins.
type Provider interface {
	// Name returns the provider's name, as reports and Registry.Without
	// use it: "youtube", "speakerdeck".
	Name() string
	// Match inspects e. It returns ok == false when e is not this
	// provider's embed. When it is, Match returns the shortcode to put in
	// its place, or a Shortcode whose Skip field says why e stays as it is.
	Match(e *Embed) (sc Shortcode, ok bool)
}

// A Tagger is a Provider that claims elements other than the ones every
// registry looks at (iframe, script, object, embed and blockquote), such as
// a div wrapping an old embed. Rewrite then also hands it those elements;
// it reports none it leaves, since such elements are ordinary HTML.
type Tagger interface {
	// Tags returns the lower-case names of the extra elements: "div".
	Tags() []string
}

// A Marker is a Tagger whose extra elements are worth a look only when
// their start tag holds one of its markers. Rewrite skips the others with
// a byte search, so that a provider can claim a common element, such as
// the <a> of a Flickr embed, without every link of a post costing a parse.
type Marker interface {
	Tagger
	// Markers returns, in lower case, what the start tag of one of the
	// extra elements must contain: an attribute or class name such as
	// "data-flickr-embed". A tag that another provider claims without
	// markers, and the elements every registry looks at, are not filtered.
	Markers() []string
}

// An Embed is a candidate element found in a Markdown body: an iframe, a
// script, a blockquote, an object or any other element a provider may
// claim, together with the elements that follow it in the same stretch of
// HTML, which some embeds need (a SlideShare credit line, the script that
// renders a tweet).
type Embed struct {
	*Element

	// Next holds the elements that follow Element with nothing but white
	// space between, in order: its next siblings, and for an element at
	// the top of its HTML, the elements of the HTML blocks that follow
	// after blank lines. A provider that claims some of them, its
	// companions, sets Shortcode.Consumed.
	Next []*Element

	// Line and Col give the position of the element's "<" in the body
	// Rewrite was given, 1-based, the column in bytes.
	Line, Col int

	// What the element stands for, once a provider asked (see spanOf):
	// the wrappers around its own elements, outermost first.
	wrappers, own []*Element
	alone         [1]*Element // own, for an element that is no wrapper: itself
}
