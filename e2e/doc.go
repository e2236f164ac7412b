// Package e2e proves, with Hugo itself as the judge, that a site converted
// by hugofmt means to Hugo what it meant before and shows every embed
// again, without unsafe HTML.
//
// For a content tree the suite builds two throwaway sites:
//
//   - BEFORE holds the original content and renders raw HTML
//     (markup.goldmark.renderer.unsafe), as the site did when its posts
//     were written; shortcodes Hugo has since removed get stand-ins.
//   - AFTER holds the content as hugofmt converts it, keeps Hugo's safe
//     default and has only the shortcode templates hugofmt writes.
//
// Both use the suite's own theme, whose one layout publishes, for every
// page, what Hugo decoded (title, dates, draft, weight, URL, aliases,
// params, taxonomy terms) and rendered, as JSON. The suite reads the
// embeds of each rendered page with golang.org/x/net/html and compares the
// sites page by page: metadata must be equal except where a rule's purpose
// is to change it, and then the new value must be the documented one; every
// embed BEFORE shows, AFTER must show with the same provider, id and
// options; AFTER must build without an error and, unless a case says why
// its posts carry other raw HTML, hold no "raw HTML omitted" marker.
// Differences come as a table (see Report).
//
// Builds are offline (security.http.urls = none), so the x shortcode, which
// fetches a post when the site is built, renders nothing: an X post counts
// as shown when the page keeps its text and a link to it.
//
// The tests need a hugo binary at HugoVersion, found on PATH or named by
// HUGOFMT_E2E_HUGO; without one they skip, unless HUGOFMT_E2E_REQUIRE=1,
// which .ci/run sets after installing it.
package e2e
