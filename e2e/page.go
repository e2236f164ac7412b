package e2e

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
)

// A Page is what Hugo made of one content file: the metadata it decoded
// and the embeds it rendered.
type Page struct {
	// File is the content file, as a slash path relative to the content
	// directory: "posts/2019/asterius.md".
	File string
	// Meta holds what Hugo decoded, field by field, each value as compact
	// JSON: "title", "date", "lastmod", "publishDate", "expiryDate",
	// "draft", "weight", "relPermalink", "aliases", "kind", "lang", one
	// "params.KEY" per top-level parameter and one "terms.TAXONOMY" per
	// taxonomy the page is in (the paths of its term pages, which is how
	// Hugo groups terms). Dates read as Hugo prints them; an unset date is
	// "0001-01-01T00:00:00Z".
	Meta map[string]string
	// Embeds are the embeds in the rendered page, in order.
	Embeds []Embed
	// Omitted counts the "raw HTML omitted" markers in the rendered page.
	Omitted int
	// Words are the words the page shows outside its embeds, in order,
	// with Hugo's typography undone.
	Words []string
}

// dataDir is where the suite's layout publishes one page.json per page,
// inside a site's public directory.
const dataDir = "_e2e"

// readPages returns the pages Hugo rendered into publicDir, by File.
func readPages(publicDir string) (map[string]*Page, error) {
	pages := map[string]*Page{}
	root := filepath.Join(publicDir, dataDir)
	if _, err := os.Stat(root); err != nil {
		// Hugo rendered no page at all; its log says why.
		return pages, nil
	}
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || d.Name() != "page.json" {
			return err
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		p, err := decodePage(data)
		if err != nil {
			return fmt.Errorf("%s: %w", path, err)
		}
		if old, dup := pages[p.File]; dup {
			return fmt.Errorf("%s: two pages from one file %s (%s)", path, p.File, old.Meta["lang"])
		}
		pages[p.File] = p
		return nil
	})
	return pages, err
}

// decodePage decodes one page.json, as the suite's layout writes it.
func decodePage(data []byte) (*Page, error) {
	var raw struct {
		File    string                     `json:"file"`
		Content string                     `json:"content"`
		Params  map[string]json.RawMessage `json:"params"`
		Terms   map[string]json.RawMessage `json:"terms"`
	}
	var fields map[string]json.RawMessage
	if err := json.Unmarshal(data, &raw); err != nil {
		return nil, err
	}
	if err := json.Unmarshal(data, &fields); err != nil {
		return nil, err
	}
	p := &Page{File: raw.File, Meta: map[string]string{}}
	for _, skip := range []string{"file", "content", "params", "terms", "path"} {
		delete(fields, skip)
	}
	for prefix, m := range map[string]map[string]json.RawMessage{"": fields, "params.": raw.Params, "terms.": raw.Terms} {
		for k, v := range m {
			s, err := compactJSON(v)
			if err != nil {
				return nil, fmt.Errorf("%s%s: %w", prefix, k, err)
			}
			p.Meta[prefix+k] = s
		}
	}
	r, err := read(raw.Content)
	p.Embeds, p.Omitted, p.Words = r.embeds, r.omitted, r.words
	return p, err
}

// compactJSON returns v as compact JSON with object keys sorted and HTML
// left unescaped, so that equal values read the same in a report.
func compactJSON(v json.RawMessage) (string, error) {
	dec := json.NewDecoder(bytes.NewReader(v))
	dec.UseNumber() // 12345678901234567890 stays itself
	var x any
	if err := dec.Decode(&x); err != nil {
		return "", err
	}
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(x); err != nil {
		return "", err
	}
	return string(bytes.TrimSuffix(b.Bytes(), []byte("\n"))), nil
}
