package embed

import "testing"

func TestSoundcloud(t *testing.T) { testMatch(t, soundcloud{}, soundcloudTests) }

var soundcloudTests = []matchTest{{
	name:     "embed button with its credit line",
	html:     `<iframe width="100%" height="166" scrolling="no" frameborder="no" allow="autoplay" src="https://w.soundcloud.com/player/?url=https%3A//api.soundcloud.com/tracks/293&color=%23ff5500&auto_play=false&hide_related=false&show_comments=true&show_user=true&show_reposts=false&show_teaser=true"></iframe><div style="font-size: 10px; color: #cccccc;line-break: anywhere;word-break: normal;overflow: hidden;white-space: nowrap;text-overflow: ellipsis; font-family: Interstate,Lucida Grande,Lucida Sans Unicode,Lucida Sans,Garuda,Verdana,Tahoma,sans-serif;font-weight: 100;"><a href="https://soundcloud.com/forss" title="Forss" target="_blank" style="color: #cccccc; text-decoration: none;">Forss</a> · <a href="https://soundcloud.com/forss/flickermood" title="Flickermood" target="_blank" style="color: #cccccc; text-decoration: none;">Flickermood</a></div>`,
	want:     `{{< soundcloud url="https://api.soundcloud.com/tracks/293" height="166" color="#ff5500" title="Flickermood" link="https://soundcloud.com/forss/flickermood" artist="Forss" artistlink="https://soundcloud.com/forss" >}}`,
	consumed: 1,
}, {
	name: "visual playlist, &amp; in the URL, no credit",
	html: `<iframe width="100%" height="450" scrolling="no" frameborder="no" src="https://w.soundcloud.com/player/?url=https%3A//api.soundcloud.com/playlists/1234&amp;auto_play=true&amp;visual=true"></iframe>`,
	want: `{{< soundcloud url="https://api.soundcloud.com/playlists/1234" height="450" visual="true" autoplay="true" >}}`,
}, {
	name: "new track URN",
	html: `<iframe src="https://w.soundcloud.com/player/?url=https%3A//api.soundcloud.com/tracks/soundcloud%253Atracks%253A2080195347&color=%23ff5500"></iframe>`,
	want: `{{< soundcloud url="https://api.soundcloud.com/tracks/soundcloud%3Atracks%3A2080195347" color="#ff5500" >}}`,
}, {
	name: "a div after it that is not the credit",
	html: `<iframe src="https://w.soundcloud.com/player/?url=https%3A//api.soundcloud.com/tracks/1"></iframe><div><a href="https://example.com">x</a> · <a href="https://soundcloud.com/y">y</a></div>`,
	want: `{{< soundcloud url="https://api.soundcloud.com/tracks/1" >}}`,
}, {
	name: "nothing to play",
	html: `<iframe src="https://w.soundcloud.com/player/?url=https%3A//example.com/x"></iframe>`,
	want: "skip: soundcloud.com URL",
}}
