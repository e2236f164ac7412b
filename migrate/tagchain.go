package migrate

import (
	"bytes"
	"sort"
)

// A tagChain lists the Liquid tags of a pass's text as a search for tags
// from its start meets them: each "{%" is lexed, and the search goes on
// after the tag read, or past the "{%" when there is none. A search from
// any other "{%" meets the same tags from there on, unless that "{%" lies
// inside a tag of the chain. The chain is read as far as asked, once, so
// that looking for the end of many blocks that have none costs one pass
// over the text, not one per block; an edit of the text cuts it back to
// before the edit.
type tagChain struct {
	tags   []liquidTag
	byName map[string][]int // indices in tags, by tag name
	pos    int              // the text before it is read
}

// extend reads the chain on until it has read the text up to to (or to
// its end).
func (c *tagChain) extend(text []byte, to int) {
	for c.pos < len(text) && c.pos <= to {
		i := bytes.Index(text[c.pos:], []byte("{%"))
		if i < 0 {
			c.pos = len(text)
			return
		}
		t, ok := lexTag(text, c.pos+i)
		if !ok {
			c.pos += i + 2
			continue
		}
		if c.byName == nil {
			c.byName = map[string][]int{}
		}
		c.byName[t.name] = append(c.byName[t.name], len(c.tags))
		c.tags = append(c.tags, t)
		c.pos = t.end
	}
}

// next returns the first tag named name that a search from offset from
// meets in text, and false when there is none. It reports known false
// when from lies in a tag of the chain, where the chain does not tell.
func (c *tagChain) next(text []byte, from int, name string) (t liquidTag, found, known bool) {
	i := bytes.Index(text[from:], []byte("{%"))
	if i < 0 {
		return liquidTag{}, false, true
	}
	o := from + i // the first "{%" the search meets
	c.extend(text, o)
	// The last tag of the chain that starts at or before o.
	k := sort.Search(len(c.tags), func(k int) bool { return c.tags[k].start > o }) - 1
	if k >= 0 && c.tags[k].start < o && c.tags[k].end > o {
		return liquidTag{}, false, false // inside a tag: the chain went past o
	}
	first := k + 1 // the first tag the search meets, at or after o
	if k >= 0 && c.tags[k].start == o {
		first = k
	}
	for {
		idx := c.byName[name]
		if j := sort.SearchInts(idx, first); j < len(idx) {
			return c.tags[idx[j]], true, true
		}
		if c.pos >= len(text) {
			return liquidTag{}, false, true
		}
		// Read on: double what is read, so that a long search costs a
		// few reads, not one per tag.
		c.extend(text, c.pos+max(c.pos, 4096))
	}
}

// cut forgets the tags from offset at on, where the text was edited.
func (c *tagChain) cut(at int) {
	k := sort.Search(len(c.tags), func(k int) bool { return c.tags[k].end > at })
	if k == len(c.tags) && c.pos <= at {
		return
	}
	c.tags = c.tags[:k]
	for name, idx := range c.byName {
		c.byName[name] = idx[:sort.SearchInts(idx, k)]
	}
	c.pos = 0
	if k > 0 {
		c.pos = c.tags[k-1].end
	}
}
