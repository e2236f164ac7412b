package embed

import "testing"

func TestJSFiddle(t *testing.T) { testMatch(t, jsfiddle{}, jsfiddleTests) }

var jsfiddleTests = []matchTest{{
	name: "iframe from the embed button",
	html: `<iframe width="100%" height="300" src="//jsfiddle.net/jane/gh2bjfca/embedded/js,html,css,result/dark/" allowfullscreen="allowfullscreen" allowpaymentrequest frameborder="0"></iframe>`,
	want: `{{< jsfiddle user="jane" id="gh2bjfca" tabs="js,html,css,result" theme="dark" height="300" >}}`,
}, {
	name: "script, with a version",
	html: `<script async src="https://jsfiddle.net/jane/gh2bjfca/3/embed/result/"></script>`,
	want: `{{< jsfiddle user="jane" id="gh2bjfca" version="3" tabs="result" >}}`,
}, {
	name: "anonymous fiddle, version, no options",
	html: `<iframe src="http://jsfiddle.net/x7Fw2/12/embedded/"></iframe>`,
	want: `{{< jsfiddle id="x7Fw2" version="12" >}}`,
}, {
	name: "anonymous fiddle",
	html: `<iframe src="https://jsfiddle.net/x7Fw2/embedded/light/"></iframe>`,
	want: `{{< jsfiddle id="x7Fw2" theme="light" >}}`,
}, {
	name: "no fiddle",
	html: `<script src="https://jsfiddle.net/js/embed.js"></script>`,
	want: "skip: without a fiddle",
}}
