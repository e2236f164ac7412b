package embed

import "testing"

func TestGoogleMaps(t *testing.T) { testMatch(t, googleMaps{}, googleMapsTests) }

var googleMapsTests = []matchTest{{
	name: "share button",
	html: `<iframe src="https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d3240.8!2d139.76!3d35.68!2m3!1f0!2f0!3f0!3m2!1i1024!2i768!4f13.1!3m3!1m2!1s0x0%3A0x0!2zMzXCsDQw!5e0!3m2!1sja!2sjp!4v1500000000000" width="600" height="450" style="border:0;" allowfullscreen="" loading="lazy" referrerpolicy="no-referrer-when-downgrade"></iframe>`,
	want: `{{< googlemaps src="https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d3240.8!2d139.76!3d35.68!2m3!1f0!2f0!3f0!3m2!1i1024!2i768!4f13.1!3m3!1m2!1s0x0%3A0x0!2zMzXCsDQw!5e0!3m2!1sja!2sjp!4v1500000000000" width="600" height="450" >}}`,
}, {
	name: "My Maps (corpus: carpentries)",
	html: `<iframe src="https://www.google.com/maps/d/embed?mid=1MiFSA6XO1KHmUuUwiP4VXnOSHlIhAXPW" width="640" height="480"></iframe>`,
	want: `{{< googlemaps src="https://www.google.com/maps/d/embed?mid=1MiFSA6XO1KHmUuUwiP4VXnOSHlIhAXPW" width="640" height="480" >}}`,
}, {
	name:     "old embed with its larger-map link",
	html:     `<iframe width="425" height="350" frameborder="0" scrolling="no" marginheight="0" marginwidth="0" src="http://maps.google.co.jp/maps?f=q&amp;source=s_q&amp;hl=ja&amp;q=Tokyo&amp;ie=UTF8&amp;z=14&amp;output=embed"></iframe><br /><small><a href="http://maps.google.co.jp/maps?f=q&amp;source=embed&amp;hl=ja&amp;q=Tokyo&amp;z=14" style="color:#0000FF;text-align:left">大きな地図で見る</a></small>`,
	want:     `{{< googlemaps src="https://maps.google.co.jp/maps?f=q&source=s_q&hl=ja&q=Tokyo&ie=UTF8&z=14&output=embed" width="425" height="350" link="http://maps.google.co.jp/maps?f=q&source=embed&hl=ja&q=Tokyo&z=14" linktext="大きな地図で見る" >}}`,
	consumed: 2,
}, {
	name: "a <br> alone after it stays",
	html: `<iframe src="https://www.google.com/maps/embed?pb=!1m1"></iframe><br>`,
	want: `{{< googlemaps src="https://www.google.com/maps/embed?pb=!1m1" >}}`,
}, {
	name: "a maps page that is no embed",
	html: `<iframe src="https://www.google.com/maps/place/Tokyo"></iframe>`,
}, {
	name: "not Google",
	html: `<iframe src="https://maps.example.com/maps/embed?pb=1"></iframe>`,
}}
