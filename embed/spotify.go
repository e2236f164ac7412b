package embed

import (
	"net/url"
	"strings"
)

// spotify recognises Spotify players in an iframe: open.spotify.com/embed/TYPE/ID
// (and /embed-podcast/, the old /embed/user/USER/playlist/ID), and the
// older players that name a Spotify URI (embed.spotify.com/?uri=spotify:track:ID,
// open.spotify.com/embed?uri=…). They become {{< spotify type id height theme >}}.
type spotify struct{ wrapped }

func (spotify) Name() string { return "spotify" }

func (spotify) Match(e *Embed) (Shortcode, bool) {
	s := spanOf(e)
	f, u := s.frame(on("spotify.com"))
	if f == nil {
		return Shortcode{}, false
	}
	typ, id := spotifyItem(u)
	if typ == "" {
		return s.skip("Spotify iframe that names no track, album, playlist, artist, episode or show")
	}
	_, height := size(f)
	return s.done(Shortcode{Name: "spotify", Params: []Param{
		Named("type", typ),
		Named("id", id),
		Named("height", height),
		Named("theme", digits(u.Query().Get("theme"))),
	}})
}

// spotifyItem returns the type and id of the item a player URL shows, or
// two empty strings.
func spotifyItem(u *url.URL) (typ, id string) {
	var path []string
	if uri := u.Query().Get("uri"); strings.HasPrefix(uri, "spotify:") {
		path = strings.Split(uri, ":") // spotify:track:ID, spotify:user:U:playlist:ID
	} else if seg := pathParts(u); len(seg) > 0 && strings.HasPrefix(seg[0], "embed") {
		path = seg // embed/track/ID, embed-podcast/episode/ID, embed/user/U/playlist/ID
	}
	if len(path) < 3 {
		return "", ""
	}
	typ, id = path[len(path)-2], path[len(path)-1]
	switch typ {
	case "track", "album", "playlist", "artist", "episode", "show":
		if isID(id) {
			return typ, id
		}
	}
	return "", ""
}
