package embed

import "testing"

func TestJSBin(t *testing.T) { testMatch(t, jsbin{}, jsbinTests) }

var jsbinTests = []matchTest{{
	name:     "embed button",
	html:     `<a class="jsbin-embed" href="https://jsbin.com/yiqelu/1/embed?html,js,output">JS Bin on jsbin.com</a><script src="https://static.jsbin.com/js/embed.min.js?4.1.8"></script>`,
	want:     `{{< jsbin id="yiqelu" version="1" panels="html,js,output" title="JS Bin on jsbin.com" >}}`,
	consumed: 1,
}, {
	name:     "old button, http, latest",
	html:     `<a class="jsbin-embed" href="http://jsbin.com/ubuzem/latest/embed?live">My demo</a><script src="http://static.jsbin.com/js/embed.js"></script>`,
	want:     `{{< jsbin id="ubuzem" version="latest" panels="live" title="My demo" >}}`,
	consumed: 1,
}, {
	name: "iframe",
	html: `<iframe src="https://jsbin.com/yiqelu/embed?js,console" style="border: 1px solid rgb(170, 170, 170); width: 100%; min-height: 300px; height: 400px;"></iframe>`,
	want: `{{< jsbin id="yiqelu" panels="js,console" height="400" >}}`,
}, {
	name: "stray script",
	html: `<script src="https://static.jsbin.com/js/embed.min.js?4.1.8"></script>`,
	want: "skip: stray JS Bin script",
}, {
	name: "no bin",
	html: `<a class="jsbin-embed" href="https://jsbin.com/">JS Bin</a>`,
	want: "skip: without a bin",
}}
