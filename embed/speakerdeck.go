package embed

// speakerDeck converts Speaker Deck embeds to the speakerdeck shortcode
// hugofmt ships (templates/speakerdeck.html):
//
//	<script async class="speakerdeck-embed" data-id="ID" data-ratio="1.77777777777778" [data-slide="N"]
//	        src="//speakerdeck.com/assets/embed.js"></script>
//	<iframe class="speakerdeck-iframe" src="https://speakerdeck.com/player/ID[?slide=N]"
//	        style="… aspect-ratio: 560 / 315;" data-ratio="1.7777777777777777" title="…"></iframe>
//
// become {{< speakerdeck id="ID" ratio="1.77777777777778" slide="N" >}},
// with the iframe's title as title. The ratio comes from data-ratio, else
// the CSS aspect-ratio, else the width and height attributes; without
// one, the template uses 16:9, Speaker Deck's own default today. A Speaker
// Deck script without a data-id is left, and reported. A bare wrapper
// around the embed (a <p>, a responsive <div>) goes with it.
type speakerDeck struct{ wrapped }

func (speakerDeck) Name() string { return "speakerdeck" }

func (speakerDeck) Match(e *Embed) (Shortcode, bool) {
	return matchOne(e, speakerDeckEmbed)
}

// speakerDeckEmbed reads a Speaker Deck script or iframe.
func speakerDeckEmbed(el *Element) (Shortcode, bool) {
	switch el.Tag {
	case "script":
		if _, on := el.srcOn("speakerdeck.com"); !on && !el.HasClass("speakerdeck-embed") {
			return Shortcode{}, false
		}
		id := el.Attr("data-id")
		if !isID(id) {
			return Shortcode{Skip: "Speaker Deck script without a data-id"}, true
		}
		return speakerDeckShortcode(id, number(el.Attr("data-ratio")), el.Attr("data-slide"), ""), true
	case "iframe":
		u, ok := el.srcOn("speakerdeck.com")
		if !ok {
			return Shortcode{}, false
		}
		parts := pathParts(u)
		if len(parts) != 2 || parts[0] != "player" || !isID(parts[1]) {
			return Shortcode{Skip: "Speaker Deck iframe without a /player/ID address"}, true
		}
		r := number(el.Attr("data-ratio"))
		if r == "" {
			r = cssRatio(el.Attr("style"))
		}
		if r == "" {
			r = ratio(el.Attr("width"), el.Attr("height"))
		}
		return speakerDeckShortcode(parts[1], r, u.Query().Get("slide"), el.Attr("title")), true
	}
	return Shortcode{}, false
}

func speakerDeckShortcode(id, ratio, slide, title string) Shortcode {
	if !isDigits(slide) {
		slide = ""
	}
	return Shortcode{Name: "speakerdeck", Params: []Param{
		Named("id", id), Named("ratio", ratio), Named("slide", slide), Named("title", title),
	}}
}
