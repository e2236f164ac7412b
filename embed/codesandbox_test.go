package embed

import "testing"

func TestCodesandbox(t *testing.T) { testMatch(t, codesandbox{}, codesandboxTests) }

var codesandboxTests = []matchTest{{
	name: "embed button",
	html: `<iframe src="https://codesandbox.io/embed/new-sun-5x1qk?fontsize=14&hidenavigation=1&theme=dark"
     style="width:100%; height:500px; border:0; border-radius: 4px; overflow:hidden;"
     title="new-sun-5x1qk"
     allow="accelerometer; ambient-light-sensor; camera; encrypted-media; geolocation; gyroscope; hid; microphone; midi; payment; usb; vr; xr-spatial-tracking"
     sandbox="allow-forms allow-modals allow-popups allow-presentation allow-same-origin allow-scripts"
   ></iframe>`,
	want: `{{< codesandbox id="new-sun-5x1qk" options="fontsize=14&hidenavigation=1&theme=dark" title="new-sun-5x1qk" height="500" >}}`,
}, {
	name: "new sandbox URL",
	html: `<iframe src="https://codesandbox.io/p/sandbox/react-new-3lrx7k?embed=1&amp;file=%2Fsrc%2FApp.js" style="width:100%; height: 500px; border:0;"></iframe>`,
	want: `{{< codesandbox id="react-new-3lrx7k" kind="sandbox" options="file=%2Fsrc%2FApp.js" height="500" >}}`,
}, {
	name: "devbox",
	html: `<iframe src="https://codesandbox.io/p/devbox/abc123?embed=1"></iframe>`,
	want: `{{< codesandbox id="abc123" kind="devbox" >}}`,
}, {
	name: "imported from GitHub",
	html: `<iframe src="https://codesandbox.io/embed/github/owner/repo/tree/main/?fontsize=14"></iframe>`,
	want: `{{< codesandbox id="github/owner/repo/tree/main" options="fontsize=14" >}}`,
}, {
	name: "a page that is no sandbox",
	html: `<iframe src="https://codesandbox.io/dashboard"></iframe>`,
	want: "skip: without a sandbox",
}}
