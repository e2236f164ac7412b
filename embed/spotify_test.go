package embed

import "testing"

func TestSpotify(t *testing.T) { testMatch(t, spotify{}, spotifyTests) }

var spotifyTests = []matchTest{{
	name: "embed button, track",
	html: `<iframe style="border-radius:12px" src="https://open.spotify.com/embed/track/4cOdK2wGLETKBW3PvgPWqT?utm_source=generator" width="100%" height="352" frameBorder="0" allowfullscreen="" allow="autoplay; clipboard-write; encrypted-media; fullscreen; picture-in-picture" loading="lazy"></iframe>`,
	want: `{{< spotify type="track" id="4cOdK2wGLETKBW3PvgPWqT" height="352" >}}`,
}, {
	name: "compact album, theme",
	html: `<iframe src="https://open.spotify.com/embed/album/1DFixLWuPkv3KT3TnV35m3?theme=0" width="300" height="80" frameborder="0" allowtransparency="true" allow="encrypted-media"></iframe>`,
	want: `{{< spotify type="album" id="1DFixLWuPkv3KT3TnV35m3" height="80" theme="0" >}}`,
}, {
	name: "podcast episode",
	html: `<iframe src="https://open.spotify.com/embed-podcast/episode/5j3qX5mbJ5Ov8cEfZXqcHE" width="100%" height="232" frameborder="0" allowtransparency="true" allow="encrypted-media"></iframe>`,
	want: `{{< spotify type="episode" id="5j3qX5mbJ5Ov8cEfZXqcHE" height="232" >}}`,
}, {
	name: "old user playlist path",
	html: `<iframe src="https://open.spotify.com/embed/user/spotify/playlist/37i9dQZF1DXcBWIGoYBM5M" width="300" height="380"></iframe>`,
	want: `{{< spotify type="playlist" id="37i9dQZF1DXcBWIGoYBM5M" height="380" >}}`,
}, {
	name: "old player with a URI",
	html: `<iframe src="https://embed.spotify.com/?uri=spotify%3Auser%3Aspotify%3Aplaylist%3A37i9dQZF1DX4sWSpwq3LiO" width="300" height="380" frameborder="0" allowtransparency="true"></iframe>`,
	want: `{{< spotify type="playlist" id="37i9dQZF1DX4sWSpwq3LiO" height="380" >}}`,
}, {
	name: "open.spotify.com/embed?uri=",
	html: `<iframe src="https://open.spotify.com/embed?uri=spotify:track:6rqhFgbbKwnb9MLmUQDhG6"></iframe>`,
	want: `{{< spotify type="track" id="6rqhFgbbKwnb9MLmUQDhG6" >}}`,
}, {
	name: "unknown kind",
	html: `<iframe src="https://open.spotify.com/embed/prerelease/abc"></iframe>`,
	want: "skip: names no track",
}, {
	name: "not Spotify",
	html: `<iframe src="https://notspotify.com/embed/track/abc"></iframe>`,
}}
