package main

import (
	"bytes"
	"cmp"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/hugofmt/hugofmt/convert"
	"github.com/hugofmt/hugofmt/frontmatter"
	"github.com/hugofmt/hugofmt/internal/diff"
)

// stdinName names standard input in messages, as gofmt does.
const stdinName = "<standard input>"

// A runner converts what the command line names and says what it did.
type runner struct {
	*flags
	opts convert.Options // what t was made with
	t    convert.Transformer
	c    *console

	sites     []siteRun // the site roots converted, with their configuration
	w         *writer   // -w: writes changed files in batches
	held      []held    // results waiting for their batch to be staged and written, in order
	inflight  []held    // results of the batch being committed, before those of held
	sum       convert.Summary
	errors    int // errors met outside of files: templates, setup
	templates int // templates a check found missing (-shortcodes with -l or -d)
	jsonFiles int // files in the -json report so far
}

// check reports whether the run only says what would change: -l or -d
// without -w.
func (r *runner) check() bool { return (r.list || r.diff) && !r.write }

// status returns the exit status of the run so far.
func (r *runner) status() int {
	switch {
	case r.errors > 0 || r.sum.Failed > 0:
		return exitError
	case r.check() && (r.sum.Changed > 0 || r.templates > 0):
		return exitChanges
	}
	return exitOK
}

// fail reports an error that is not about one converted file.
func (r *runner) fail(err error) {
	r.errors++
	fmt.Fprintln(r.c.stderr, err)
}

// stdin converts standard input to standard output.
func (r *runner) stdin(in io.Reader) {
	res := convert.Result{Path: stdinName}
	res.Src, res.Err = io.ReadAll(io.LimitReader(in, convert.DefaultMaxSize+1))
	switch {
	case res.Err != nil:
		res.Err = &fs.PathError{Op: "read", Path: stdinName, Err: res.Err}
	case len(res.Src) > convert.DefaultMaxSize:
		res.Err = fmt.Errorf("%s: larger than %d MiB, the limit for a content file", stdinName, convert.DefaultMaxSize>>20)
	default:
		res.Out, res.Report, res.Err = convert.Bytes(r.t, res.Src)
	}
	r.handle(stdinName, res)
	r.finishJSON()
}

// paths converts the files and trees named on the command line, in order.
func (r *runner) paths(ctx context.Context) {
	defer r.summary()
	defer r.finishJSON()
	r.c.startProgress()
	if r.shortcodes != "" {
		defer r.writeUsedTemplates()
	}
	defer r.flush()
	for _, g := range groups(r.flags.paths) {
		fsys := siteFS(g.dir)
		w := &convert.Walker{Transformer: r.transformer(g, fsys), Workers: r.jobs}
		for res := range w.Walk(fsys, g.roots...) {
			r.handle(filepath.Join(g.dir, filepath.FromSlash(res.Path)), res)
			if ctx.Err() != nil {
				r.commit() // the files staged are written, then reported
				r.wait()
				r.fail(errors.New("convert: interrupted; the files not reached are as they were"))
				return
			}
		}
	}
}

// A group is a run of command-line paths converted by one walk: a
// directory, or files of the same directory, in the order given.
type group struct {
	dir   string   // an operating system path
	roots []string // slash-separated names in dir
}

// groups makes walks out of the command-line paths, keeping their order:
// files of one directory named one after another (as a shell glob names
// them) share a walk, so that they are converted in parallel. A path named
// twice is converted once.
func groups(paths []string) []group {
	var gs []group
	seen := map[string]bool{}
	for _, p := range paths {
		if seen[p] {
			continue
		}
		seen[p] = true
		dir, root := p, "."
		if info, err := os.Stat(p); err != nil || !info.IsDir() {
			dir, root = filepath.Split(p)
			if dir == "" {
				dir = "."
			}
			if root = filepath.ToSlash(root); root == "" {
				root = "." // "file/": let the walk say what is wrong
			}
			if n := len(gs); n > 0 && gs[n-1].dir == dir && gs[n-1].roots[0] != "." {
				gs[n-1].roots = append(gs[n-1].roots, root)
				continue
			}
		}
		gs = append(gs, group{dir: dir, roots: []string{root}})
	}
	return gs
}

// A held result waits for the batch that writes it: its messages come
// once it is written, in the order of the files.
type held struct {
	name string
	res  convert.Result
	w    *pending // its write, when it changed
}

// maxHeld is how many results may wait for a batch at most: those of the
// batch being committed, and as many again after it. Most are of
// unchanged files, which the batch does not count; bounding them keeps
// memory flat whatever the mix of changed and unchanged files. With -d,
// the results of changed files keep their bytes for the diff: up to two
// batches' worth (batchBytes each, before and after).
const maxHeld = 4 * batchFiles

// handle writes, prints and counts the result of one file, named name.
// With -w, a changed file is staged in the writer's batch, and its result
// held, with those of the files after it, until the batch is committed.
func (r *runner) handle(name string, res convert.Result) {
	changed := res.Changed()
	if len(r.inflight) > 0 && r.w.committed() {
		r.reportInflight()
		if len(r.w.batch) == 0 {
			r.reportHeld() // none of them waits for a write
		}
	}
	if !r.write || !changed && len(r.held) == 0 && len(r.inflight) == 0 {
		r.report(name, res, nil) // nothing waits: no order to keep
		return
	}
	h := held{name: name, res: res}
	if changed {
		if r.w == nil {
			r.w = newWriter()
		}
		h.w = r.w.stage(name, res.Out, res.Info)
	}
	if !changed || !r.diff {
		h.res.Src, h.res.Out = nil, nil // nothing prints them: memory stays flat
	}
	r.held = append(r.held, h)
	if r.w.full() || len(r.held) >= maxHeld {
		r.commit()
	}
}

// commit starts writing the files staged, once the batch before them is
// written and its results reported: the results held wait for it.
func (r *runner) commit() {
	r.wait()
	if r.w != nil {
		r.w.commit()
	}
	r.inflight, r.held = r.held, r.inflight[:0]
}

// wait waits for the batch being written, if any, and reports its results.
func (r *runner) wait() {
	if r.w != nil {
		r.w.wait()
	}
	r.reportInflight()
}

// reportHeld reports the results held, none of which is staged.
func (r *runner) reportHeld() {
	for _, h := range r.held {
		r.report(h.name, h.res, nil)
	}
	clear(r.held)
	r.held = r.held[:0]
}

// reportInflight reports the results of the batch committed last, which
// must be written.
func (r *runner) reportInflight() {
	for _, h := range r.inflight {
		var err error
		if h.w != nil {
			err = h.w.err
		}
		r.report(h.name, h.res, err)
	}
	clear(r.inflight)
	r.inflight = r.inflight[:0]
}

// flush writes what is staged, reports every result, and makes what was
// written durable.
func (r *runner) flush() {
	r.commit()
	r.wait()
	if r.w != nil {
		r.w.close()
	}
}

// report prints and counts the result of one file, named name; werr is
// why it could not be written.
func (r *runner) report(name string, res convert.Result, werr error) {
	if res.Err != nil {
		res.Err = relocate(res.Err, name)
		fmt.Fprintln(r.c.stderr, res.Err)
	} else {
		r.output(name, &res, werr)
		r.printNotes(name, res.Report)
	}
	r.sum.Add(res)
	if r.c.showsProgress() {
		r.c.progress(fmt.Sprintf("%d files: %d %s, %d failed …", r.sum.Files, r.sum.Changed, r.verb(), r.sum.Failed))
	}
	if r.flags.json {
		r.addJSON(name, res)
	}
}

// printNotes prints, in the order of the file, the warnings of a file,
// the embeds left in it and what the user should know of the ones
// converted (player options dropped, a blank line added).
func (r *runner) printNotes(name string, rep *convert.Report) {
	type note struct {
		line, col int
		text      string
	}
	var notes []note
	for _, w := range rep.Warnings {
		notes = append(notes, note{w.Line, w.Col, w.Source + ": warning: " + w.Msg})
	}
	for _, e := range rep.Embeds {
		switch {
		case !e.Converted:
			notes = append(notes, note{e.Line, e.Col, "embed left as HTML: " + e.LeftReason()})
		case e.Reason != "":
			notes = append(notes, note{e.Line, e.Col, "embed converted: " + e.Provider + ": " + e.Reason})
		}
	}
	slices.SortStableFunc(notes, func(a, b note) int {
		return cmp.Or(cmp.Compare(a.line, b.line), cmp.Compare(a.col, b.col))
	})
	for _, n := range notes {
		fmt.Fprintf(r.c.stderr, "%s:%d:%d: %s\n", name, n.line, n.col, n.text)
	}
}

// output prints a converted file as the flags ask. A file that could not
// be written, as werr says, becomes a failed result.
func (r *runner) output(name string, res *convert.Result, werr error) {
	changed := res.Changed()
	if changed && r.list {
		fmt.Fprintln(r.c.stdout, name)
	}
	if changed && r.diff {
		fmt.Fprintf(r.c.stdout, "diff -u %s.orig %s\n", name, name)
		r.c.stdout.Write(diff.Unified(name+".orig", name, res.Src, res.Out))
	}
	if changed && werr != nil {
		res.Err = werr
		fmt.Fprintln(r.c.stderr, werr)
	}
	if !r.list && !r.diff && !r.write && !r.flags.json {
		r.c.stdout.Write(res.Out)
	}
}

// relocate returns err about the file name as the user named it.
func relocate(err error, name string) error {
	var fe *frontmatter.Error
	var pe *fs.PathError
	switch {
	case errors.As(err, &fe):
		e := *fe
		e.Path = name
		return &e
	case errors.As(err, &pe):
		return fmt.Errorf("%s: %w", name, pe.Err)
	}
	return err
}

// verb says what happens to the changed files.
func (r *runner) verb() string {
	if r.write {
		return "changed"
	}
	return "would change"
}

// summary prints on stderr what the run did.
func (r *runner) summary() {
	r.printSites()
	s := &r.sum
	files := "files"
	if s.Files == 1 {
		files = "file"
	}
	fmt.Fprintf(r.c.stderr, "%d %s: %d %s, %d unchanged, %d failed\n", s.Files, files, s.Changed, r.verb(), s.Unchanged, s.Failed)
	for _, line := range []struct {
		what   string
		counts map[string]int
	}{
		{"changes by rule", s.Rules},
		{"embeds converted", s.Converted},
		{"embeds left as HTML", s.Left},
	} {
		if len(line.counts) > 0 {
			fmt.Fprintf(r.c.stderr, "%s: %s\n", line.what, counts(line.counts))
		}
	}
	for _, rule := range slices.Sorted(maps.Keys(s.Unmigrated)) {
		fmt.Fprintf(r.c.stderr, "%s left as it is: %s\n", rule, counts(s.Unmigrated[rule]))
	}
	if s.Warnings > 0 {
		fmt.Fprintf(r.c.stderr, "warnings: %d (%s)\n", s.Warnings, counts(s.Warned))
	}
}

// fileJSON is one file of the -json report.
type fileJSON struct {
	Path  string `json:"path"`
	Error string `json:"error,omitempty"`
	*convert.Report
}

// addJSON adds a file to the -json report. The report is streamed, one
// line per file, so that memory stays flat however many files there are.
func (r *runner) addJSON(name string, res convert.Result) {
	f := fileJSON{Path: name, Report: res.Report}
	if res.Err != nil {
		f.Error = res.Err.Error()
	}
	sep := ",\n"
	if r.jsonFiles == 0 {
		sep = "{\"files\": [\n"
	}
	r.jsonFiles++
	r.writeJSON(sep, f, "")
}

// finishJSON ends the -json report with the summary.
func (r *runner) finishJSON() {
	if !r.flags.json {
		return
	}
	head := "\n"
	if r.jsonFiles == 0 {
		head = "{\"files\": ["
	}
	sites := r.sites
	if sites == nil {
		sites = []siteRun{}
	}
	r.writeJSON(head+"], \"sites\": ", sites, ", ")
	r.writeJSON("\"summary\": ", r.sum, "}\n")
}

// writeJSON writes v as JSON to stdout, between before and after. HTML is
// not escaped: shortcodes read as they are written ({{< youtube … >}}).
func (r *runner) writeJSON(before string, v any, after string) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		r.fail(fmt.Errorf("convert: -json: %w", err))
		return
	}
	fmt.Fprintf(r.c.stdout, "%s%s%s", before, bytes.TrimSuffix(b.Bytes(), []byte("\n")), after)
}

// counts formats a count map as "a 3, b 1": the largest count first,
// equal counts by name.
func counts(m map[string]int) string {
	keys := slices.Collect(maps.Keys(m))
	slices.SortFunc(keys, func(a, b string) int {
		if c := cmp.Compare(m[b], m[a]); c != 0 {
			return c
		}
		return strings.Compare(a, b)
	})
	parts := make([]string, len(keys))
	for i, k := range keys {
		parts[i] = fmt.Sprintf("%s %d", k, m[k])
	}
	return strings.Join(parts, ", ")
}
