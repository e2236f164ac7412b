package embed

// soundcloud recognises SoundCloud's player iframe,
// w.soundcloud.com/player/?url=…, and the credit line the embed button
// puts after it (<div><a>ARTIST</a> · <a>TITLE</a></div>), which is kept
// as parameters. They become
// {{< soundcloud url height color visual autoplay title link artist artistlink >}},
// url being the track, playlist or user the player shows.
type soundcloud struct{ wrapped }

func (soundcloud) Name() string { return "soundcloud" }

func (soundcloud) Match(e *Embed) (Shortcode, bool) {
	s := spanOf(e)
	f, u := s.frame(on("w.soundcloud.com"))
	if f == nil {
		return Shortcode{}, false
	}
	credit := s.take(isSoundcloudCredit)
	q := u.Query()
	target, ok := parseURL(q.Get("url"))
	if !ok || !hostIs(target, "soundcloud.com") {
		return s.skip("SoundCloud player without a soundcloud.com URL to play")
	}
	_, height := size(f)
	sc := Shortcode{Name: "soundcloud", Params: []Param{
		Named("url", q.Get("url")),
		Named("height", height),
		Named("color", q.Get("color")),
		Named("visual", flag(q.Get("visual") == "true")),
		Named("autoplay", flag(q.Get("auto_play") == "true")),
	}}
	if credit != nil {
		links := credit.FindAll("a")
		artist, track := links[0], links[1]
		sc.Params = append(sc.Params,
			Named("title", track.Text()), Named("link", track.Attr("href")),
			Named("artist", artist.Text()), Named("artistlink", artist.Attr("href")))
	}
	return s.done(sc)
}

// isSoundcloudCredit matches the credit line SoundCloud's embed button puts
// after the player: a <div> holding a link to the artist and one to the
// track, both on soundcloud.com.
func isSoundcloudCredit(e *Element) bool {
	if e.Tag != "div" {
		return false
	}
	links := e.FindAll("a")
	if len(links) != 2 {
		return false
	}
	for _, a := range links {
		if u, ok := parseURL(a.Attr("href")); !ok || !hostIs(u, "soundcloud.com") {
			return false
		}
	}
	return true
}
