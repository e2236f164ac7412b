// Package e2e proves, with Hugo itself as the judge, that a site converted
// by hugofmt means to Hugo what it meant before and shows every embed
// again, without unsafe HTML.
//
// For a content tree (a Case) the suite builds throwaway sites:
//
//   - TODAY holds the original content on Hugo's safe default: what
//     readers get now.
//   - BEFORE holds the original content and renders raw HTML
//     (markup.goldmark.renderer.unsafe), as the site did when its posts
//     were written; shortcodes Hugo has since removed get stand-ins.
//   - AFTER holds the content as hugofmt converts it (see Library), keeps
//     Hugo's safe default and has only the shortcode templates hugofmt
//     writes.
//
// TODAY and BEFORE, the Originals, are built once per case; each
// conversion proved against them builds its own AFTER.
//
// All use the suite's own theme, whose one layout publishes, for every
// page, what Hugo decoded (title, dates, draft, weight, URL, aliases,
// params, taxonomy terms) and rendered, as JSON. The suite reads each
// rendered page with golang.org/x/net/html (its embeds, its words, its
// "raw HTML omitted" markers) and compares BEFORE and AFTER page by page:
//
//   - metadata must be equal, except where a rule's purpose is to change
//     it, and then the new value must be the documented one;
//   - every embed BEFORE shows, AFTER must show with the same provider, id
//     and options, and no other;
//   - AFTER must show every word BEFORE shows outside embeds, and hold no
//     "raw HTML omitted" marker, unless a case says why its posts carry
//     other raw HTML: then AFTER may lack what Hugo drops today;
//   - AFTER must build without an error.
//
// Differences come as a table (see Report).
//
// Builds are offline (security.http.urls = none), so the x shortcode, which
// fetches a post when the site is built, renders nothing: an X post counts
// as shown when the page keeps its text and a link to it.
//
// The tests need a hugo binary at HugoVersion's release, named by
// HUGOFMT_HUGO or found on PATH or in GOPATH/bin (see internal/hugotest);
// without one they skip, unless HUGOFMT_E2E_REQUIRE=1, which .ci/run sets
// after installing it.
package e2e
