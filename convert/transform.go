package convert

import (
	"bytes"

	"github.com/hugofmt/hugofmt/frontmatter"
)

// A Transformer changes a document in place and notes in rep what it
// changed, found or left alone. It returns an error when the document
// cannot be converted; the caller then keeps the file as it was.
//
// A Transformer must be safe to call from several goroutines at once on
// different documents: the transformers of this package hold no state
// between calls.
type Transformer interface {
	Transform(d *frontmatter.Document, rep *Report) error
}

// Func adapts an ordinary function to a Transformer.
type Func func(d *frontmatter.Document, rep *Report) error

// Transform calls f(d, rep).
func (f Func) Transform(d *frontmatter.Document, rep *Report) error { return f(d, rep) }

// Chain returns a Transformer that applies each of t in turn to the same
// document, stopping at the first error. Chain with no argument returns a
// Transformer that changes nothing.
func Chain(t ...Transformer) Transformer {
	var flat chain
	for _, x := range t {
		if c, ok := x.(chain); ok {
			flat = append(flat, c...)
		} else {
			flat = append(flat, x)
		}
	}
	return flat
}

type chain []Transformer

func (c chain) Transform(d *frontmatter.Document, rep *Report) error {
	for _, t := range c {
		if err := t.Transform(d, rep); err != nil {
			return err
		}
	}
	return nil
}

// Bytes converts the content file src with t and returns the result with
// its report. As with go/format.Source, a file that t leaves as it is comes
// back as the very slice src, so that callers can tell cheaply that nothing
// changed and an unchanged file is never rewritten.
//
// Bytes reads src as Hugo does (see [frontmatter.Parse]). It fails with a
// *[frontmatter.Error] giving the line and column of the problem when src
// is not UTF-8 text (a binary file, Latin-1, UTF-16) or Hugo could not
// split it, and with t's error, as it is, when t fails (the front matter
// transforms fail with a *frontmatter.Error too). On error the returned
// slice is nil and the report holds what was noted before the error.
// Bytes does not modify src. A nil t changes nothing.
func Bytes(t Transformer, src []byte) ([]byte, *Report, error) {
	rep := new(Report)
	if err := checkText(src); err != nil {
		return nil, rep, err
	}
	d, err := frontmatter.Parse(src)
	if err != nil {
		return nil, rep, err
	}
	for _, w := range d.Warnings() {
		rep.warn(Warning{Line: w.Line, Col: w.Col, Source: "frontmatter", Msg: w.Msg})
	}
	if t != nil {
		if err := t.Transform(d, rep); err != nil {
			return nil, rep, err
		}
	}
	out, err := d.Bytes()
	if err != nil {
		return nil, rep, err
	}
	if bytes.Equal(out, src) {
		return src, rep, nil
	}
	rep.Changed = true
	return out, rep, nil
}
