package embed

import (
	"cmp"
	"net/url"
	"slices"
	"strconv"
	"strings"
)

// youTube converts YouTube embeds to Hugo's built-in youtube shortcode,
// with named parameters:
//
//	<iframe src="https://www.youtube.com/embed/ID?start=30&end=90" title="…"></iframe>
//	<iframe src="https://www.youtube-nocookie.com/embed/ID?t=1m30s"></iframe>
//	<object><param name="movie" value="http://www.youtube.com/v/ID&hl=en"><embed src="…/v/ID" …></object>
//
// become {{< youtube id="ID" start="30" end="90" title="…" >}}. start comes
// from start or t (90, 90s, 1m30s); autoplay, controls, loop and mute, the
// iframe's title and loading, carry over; player options the shortcode has
// no parameter for (rel, showinfo …) are dropped and named in the report.
// Playlists (videoseries, list=) are left, and reported: the shortcode
// shows one video.
//
// What goes with the player goes with it: a responsive wrapper around it
// (<div class="embed-container">, a wrapper adding nothing but layout),
// and a credit line after it, a <p> linking to YouTube or the
// <cite class="hatena-citation"> of Hatena Blog's export, which the
// shortcode has no place for: it becomes the shortcode's Caption, a
// paragraph of Markdown after it that reads as the credit did.
type youTube struct{ wrapped }

func (youTube) Name() string { return "youtube" }

func (youTube) Match(e *Embed) (Shortcode, bool) {
	s := spanOf(e)
	sc, ok := s.read(youTubePlayer)
	if !ok {
		return Shortcode{}, false
	}
	sc.Caption = s.caption("youtube.com", "youtu.be")
	return s.finish(sc)
}

// youTubePlayer reads a YouTube player: an iframe, or an old Flash object
// or embed.
func youTubePlayer(el *Element) (Shortcode, bool) {
	switch el.Tag {
	case "iframe":
		u, ok := el.srcOn("youtube.com", "youtube-nocookie.com")
		if !ok {
			return Shortcode{}, false
		}
		parts, q := pathParts(u), u.Query()
		switch {
		case len(parts) == 0 || parts[0] != "embed":
			return Shortcode{Skip: "YouTube iframe without an /embed/ address"}, true
		case len(parts) == 1 || parts[1] == "videoseries" || q.Has("list") || q.Has("listType"):
			return Shortcode{Skip: "YouTube playlist: Hugo's youtube shortcode shows one video"}, true
		case len(parts) != 2 || !isID(parts[1]):
			return Shortcode{Skip: "YouTube iframe with an unknown /embed/ address"}, true
		}
		return youTubeShortcode(parts[1], q, el.Attr("title"), el.Attr("loading")), true
	case "object", "embed":
		src := el.Attr("src")
		if el.Tag == "object" {
			src = cmp.Or(movie(el), el.Attr("data"))
		}
		u, ok := urlOn(src, "youtube.com", "youtube-nocookie.com")
		if !ok {
			return Shortcode{}, false
		}
		// Flash URLs put options after an "&" in the path: /v/ID&hl=en.
		path, opts, _ := strings.Cut(u.Path, "&")
		parts := strings.FieldsFunc(path, func(r rune) bool { return r == '/' })
		if len(parts) != 2 || parts[0] != "v" || !isID(parts[1]) {
			return Shortcode{Skip: "YouTube Flash embed without a /v/ID address"}, true
		}
		q := u.Query()
		if extra, err := url.ParseQuery(opts); err == nil {
			for k, v := range extra {
				q[k] = append(q[k], v...)
			}
		}
		return youTubeShortcode(parts[1], q, "", ""), true
	}
	return Shortcode{}, false
}

// youTubeFlags maps player options to the shortcode's boolean parameters.
var youTubeFlags = []struct{ option, param, on, value string }{
	{"autoplay", "autoplay", "1", "true"},
	{"controls", "controls", "0", "false"},
	{"loop", "loop", "1", "true"},
	{"mute", "mute", "1", "true"},
}

func youTubeShortcode(id string, q url.Values, title, loading string) Shortcode {
	params := []Param{Named("id", id)}
	start := q.Get("start")
	if start == "" {
		start = seconds(q.Get("t"))
	}
	if isDigits(start) {
		params = append(params, Named("start", start))
	}
	if end := q.Get("end"); isDigits(end) {
		params = append(params, Named("end", end))
	}
	used := []string{"start", "t", "end"}
	for _, f := range youTubeFlags {
		if q.Get(f.option) == f.on {
			params = append(params, Named(f.param, f.value))
		}
		used = append(used, f.option)
	}
	if loading == "lazy" || loading == "eager" {
		params = append(params, Named("loading", loading))
	}
	params = append(params, Named("title", title))
	sc := Shortcode{Name: "youtube", Params: params}
	if dropped := unusedKeys(q, used); len(dropped) > 0 {
		sc.Note = "player options dropped, the shortcode has none such: " + strings.Join(dropped, ", ")
	}
	return sc
}

// unusedKeys returns the keys of q not in used, sorted.
func unusedKeys(q url.Values, used []string) []string {
	var keys []string
	for k := range q {
		if !slices.Contains(used, k) {
			keys = append(keys, k)
		}
	}
	slices.Sort(keys)
	return keys
}

// seconds reads a YouTube time, "90", "90s" or "1h2m3s", as seconds; it
// returns "" for anything else.
func seconds(t string) string {
	if isDigits(t) {
		return t
	}
	total, n := 0, 0
	digits := false
	for _, r := range t {
		switch {
		case r >= '0' && r <= '9':
			n, digits = n*10+int(r-'0'), true
		case digits && (r == 'h' || r == 'm' || r == 's'):
			total += n * map[rune]int{'h': 3600, 'm': 60, 's': 1}[r]
			n, digits = 0, false
		default:
			return ""
		}
	}
	if digits || t == "" {
		return ""
	}
	return strconv.Itoa(total)
}
