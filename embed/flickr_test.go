package embed

import "testing"

func TestFlickr(t *testing.T) { testMatch(t, flickr{}, flickrTests) }

var flickrTests = []matchTest{{
	name:     "embed button (corpus: carpentries)",
	html:     `<a data-flickr-embed="true"  href="https://www.flickr.com/photos/134305289@N03/42464775482/in/album-72157667641880727/" title="CarpentryCon2018 @ Dublin"><img src="https://farm2.staticflickr.com/1746/42464775482_2c28500071_z.jpg" width="640" height="427" alt="CarpentryCon2018 @ Dublin"></a><script async src="//embedr.flickr.com/assets/client-code.js" charset="utf-8"></script>`,
	want:     `{{< flickr url="https://www.flickr.com/photos/134305289@N03/42464775482/in/album-72157667641880727/" src="https://farm2.staticflickr.com/1746/42464775482_2c28500071_z.jpg" width="640" height="427" title="CarpentryCon2018 @ Dublin" alt="CarpentryCon2018 @ Dublin" >}}`,
	consumed: 1,
}, {
	name: "header and footer, attributes reordered, protocol-relative image",
	html: `<a title="Fuji" href="https://www.flickr.com/photos/someone/123/" data-footer="true" data-header="true" data-flickr-embed="true"><img alt="Mount Fuji at dawn" height="333" width="500" src="//live.staticflickr.com/65535/123_abc_m.jpg"/></a>`,
	want: `{{< flickr url="https://www.flickr.com/photos/someone/123/" src="https://live.staticflickr.com/65535/123_abc_m.jpg" width="500" height="333" title="Fuji" alt="Mount Fuji at dawn" header="true" footer="true" >}}`,
}, {
	name: "stray script",
	html: `<script async src="//embedr.flickr.com/assets/client-code.js" charset="utf-8"></script>`,
	want: "skip: stray Flickr script",
}, {
	name: "no image",
	html: `<a data-flickr-embed="true" href="https://www.flickr.com/photos/x/1/">photo</a>`,
	want: "skip: without a photo page or an image",
}, {
	name: "a plain link to Flickr",
	html: `<a href="https://www.flickr.com/photos/x/1/"><img src="https://live.staticflickr.com/1.jpg"></a>`,
}}
