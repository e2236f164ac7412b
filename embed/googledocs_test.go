package embed

import "testing"

func TestGoogleDocs(t *testing.T) { testMatch(t, googleDocs{}, googleDocsTests) }

var googleDocsTests = []matchTest{{
	name: "published document",
	html: `<iframe src="https://docs.google.com/document/d/e/2PACX-1vQM-buMgYDrDkZ8WJCGuWydBxKXczKPoqUQ/pub?embedded=true" width="640" height="480"></iframe>`,
	want: `{{< googledocs src="https://docs.google.com/document/d/e/2PACX-1vQM-buMgYDrDkZ8WJCGuWydBxKXczKPoqUQ/pub?embedded=true" width="640" height="480" >}}`,
}, {
	name: "published sheet, entities in the query",
	html: `<iframe width="100%" height="300" src="https://docs.google.com/spreadsheets/d/e/2PACX-1vT_abc/pubhtml?gid=0&amp;single=true&amp;widget=true&amp;headers=false"></iframe>`,
	want: `{{< googledocs src="https://docs.google.com/spreadsheets/d/e/2PACX-1vT_abc/pubhtml?gid=0&single=true&widget=true&headers=false" height="300" >}}`,
}, {
	name: "form, in a Workspace domain, with its loading text",
	html: `<iframe src="https://docs.google.com/a/example.org/forms/d/e/1FAIpQLSd_x/viewform?embedded=true" width="640" height="1200" frameborder="0" marginheight="0" marginwidth="0">Loading…</iframe>`,
	want: `{{< googledocs src="https://docs.google.com/a/example.org/forms/d/e/1FAIpQLSd_x/viewform?embedded=true" width="640" height="1200" >}}`,
}, {
	name: "slides belong to googleslides",
	html: `<iframe src="https://docs.google.com/presentation/d/e/2PACX-1v/embed"></iframe>`,
}, {
	name: "another Google host",
	html: `<iframe src="https://drive.google.com/file/d/1abc/preview"></iframe>`,
}}
