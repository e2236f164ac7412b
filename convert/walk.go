package convert

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"iter"
	"path"
	"runtime"
	"strings"
	"sync"

	"github.com/hugofmt/hugofmt/frontmatter"
)

// A Walker converts the content files of a tree, several at a time, and
// yields their results in a deterministic order. The zero Walker reads and
// checks files without changing them; a Walker may be used by several
// goroutines at once.
type Walker struct {
	// Transformer converts each file; nil changes nothing.
	Transformer Transformer
	// Workers is the number of files converted at once; 0 or less means
	// runtime.GOMAXPROCS(0).
	Workers int
	// Extensions lists the name extensions of content files, such as
	// ".md", compared without regard to case; nil means ".md", ".markdown"
	// and ".html".
	Extensions []string
	// MaxSize is the size in bytes past which a file is refused unread;
	// 0 or less means 64 MiB.
	MaxSize int64
}

// DefaultMaxSize is the size past which a Walker with no MaxSize refuses a
// file: far more than any real post, and small enough that a walk with a
// few workers stays within a modest amount of memory.
const DefaultMaxSize = 64 << 20

// A Result is what became of one file of a walk.
type Result struct {
	// Path is the file's name in the walked fs.FS, slash-separated.
	Path string
	// Info describes the file as it was opened; nil when it could not be.
	Info fs.FileInfo
	// Src is the file's content as read; nil when it could not be read.
	Src []byte
	// Out is the converted content: the same slice as Src when nothing
	// changed, nil on error.
	Out []byte
	// Report says what the conversion did; nil when the file was not
	// read. When Err is set it holds what was noted before the error.
	Report *Report
	// Err says why the file, or the directory named by Path, could not be
	// read or converted. It is a *frontmatter.Error (for a problem at a
	// position in the file) or a *fs.PathError, and its Path field is Path.
	Err error
}

// Changed reports whether r holds a converted file that differs from the
// file read.
func (r Result) Changed() bool { return r.Err == nil && r.Report != nil && r.Report.Changed }

// Walk returns an iterator over the results of converting the files that
// roots name in fsys.
//
// A root that names a file is converted whatever its name. A root that
// names a directory is walked for content files, which have one of the
// Extensions. When that directory is the root of a Hugo site (it holds a
// hugo.toml, hugo.yaml, hugo.json or config.* file, or a config/_default
// directory), only the site's content directories are walked, as its
// configuration gives them (see ReadSite). A configuration that cannot be
// read is a Result with Err set, for the configuration file, as is a site
// none of whose content directories exists; neither site is walked. At the
// root of the walk (the site's root, for a site) it skips where Hugo and
// its tools put what is not content: public, resources/_gen and
// node_modules; deeper, they are walked, since Hugo publishes a
// content/public section as any other (walk a site from its root: a
// content directory walked alone cannot be told from a project's root).
// It skips .git directories
// anywhere, and symbolic links, as Hugo does, so a link cycle cannot trap
// it, though a root that is a link is followed.
//
// Results come in the order of roots, and within a directory in lexical
// order, however the workers finish. A problem with a file or a directory
// is a Result with Err set, and the walk goes on. At most a few dozen
// results per worker are held at a time, so memory stays flat however
// large the tree. Stopping the iteration stops the walk and waits for the workers.
func (w *Walker) Walk(fsys fs.FS, roots ...string) iter.Seq[Result] {
	return func(yield func(Result) bool) {
		workers := w.Workers
		if workers <= 0 {
			workers = runtime.GOMAXPROCS(0)
		}
		// Each file gets a channel for its result. The channels queue in
		// order, so results are yielded in order; the queue's capacity
		// bounds the results waiting for the slowest file, or for a
		// caller busy with the results before (writing them, say): deep
		// enough that workers seldom wait, shallow enough to hold little.
		order := make(chan chan Result, queuedPerWorker*workers)
		jobs := make(chan job, 4*workers)
		ctx, cancel := context.WithCancel(context.Background())
		var wg sync.WaitGroup
		defer wg.Wait()
		defer cancel()

		for range workers {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for j := range jobs {
					j.out <- w.convert(fsys, j.name)
				}
			}()
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			defer close(order)
			defer close(jobs)
			emit := func(name string, err error) bool {
				out := make(chan Result, 1)
				select {
				case order <- out:
				case <-ctx.Done():
					return false
				}
				if err != nil {
					out <- Result{Path: name, Err: atPath("read", name, err)}
					return true
				}
				select {
				case jobs <- job{name, out}:
					return true
				case <-ctx.Done():
					out <- Result{Path: name, Err: ctx.Err()}
					return false
				}
			}
			for _, root := range roots {
				if !w.list(fsys, root, emit) {
					return
				}
			}
		}()

		for out := range order {
			if !yield(<-out) {
				return
			}
		}
	}
}

// queuedPerWorker is how many results per worker a walk holds at most
// while the caller waits for one (see Walk).
const queuedPerWorker = 32

// A job is a file for a worker to convert, and where its result goes.
type job struct {
	name string
	out  chan<- Result
}

// list calls emit with every file to convert under root, in order, and
// with the errors met on the way. It stops and returns false as soon as
// emit does.
func (w *Walker) list(fsys fs.FS, root string, emit func(name string, err error) bool) bool {
	info, err := fs.Stat(fsys, root)
	if err != nil || !info.IsDir() {
		return emit(root, err)
	}
	starts, err := walkDirs(fsys, root)
	if err != nil {
		return emit(errorPath(err, root), err)
	}
	for _, start := range starts {
		ok := true
		fs.WalkDir(fsys, start, func(name string, d fs.DirEntry, err error) error {
			switch {
			case err != nil:
				ok = emit(name, err)
			case d.IsDir():
				if name != start && skipDir(root, name) {
					return fs.SkipDir
				}
			case d.Type().IsRegular() && w.isContent(name):
				ok = emit(name, nil)
			}
			if !ok {
				return fs.SkipAll
			}
			return nil
		})
		if !ok {
			return false
		}
	}
	return true
}

// errNoContent is the error of a site without its content directory.
var errNoContent = errors.New("the site's content directory does not exist")

// walkDirs returns the directories to walk for the directory dir: the
// content directories that exist when it is a site's root, else dir.
func walkDirs(fsys fs.FS, dir string) ([]string, error) {
	site, err := ReadSite(fsys, dir)
	if err != nil || site == nil {
		return []string{dir}, err
	}
	var dirs []string
	for _, d := range site.ContentDirs {
		d = path.Join(dir, d)
		if _, err := fs.Stat(fsys, d); err == nil { // a mount may be a file
			dirs = append(dirs, d)
		}
	}
	if len(dirs) == 0 {
		return nil, pathError("open", path.Join(dir, site.ContentDirs[0]), errNoContent)
	}
	return dirs, nil
}

// errorPath returns the path of the file err is about, or else name.
func errorPath(err error, name string) string {
	var fe *frontmatter.Error
	var pe *fs.PathError
	switch {
	case errors.As(err, &fe) && fe.Path != "":
		return fe.Path
	case errors.As(err, &pe):
		return pe.Path
	}
	return name
}

// skipDir reports whether a walk from root skips the directory name: where
// Hugo and its tools put what is not content, at the root only (the site's
// root, for a site), since a content/public section is content; and
// version control anywhere.
func skipDir(root, name string) bool {
	if path.Base(name) == ".git" {
		return true
	}
	rel := name
	if root != "." {
		rel = strings.TrimPrefix(name, root+"/")
	}
	switch rel {
	case "public", "resources/_gen", "node_modules":
		return true
	}
	return false
}

// isContent reports whether name has the extension of a content file.
func (w *Walker) isContent(name string) bool {
	exts := w.Extensions
	if exts == nil {
		exts = []string{".md", ".markdown", ".html"}
	}
	ext := path.Ext(name)
	for _, e := range exts {
		if strings.EqualFold(ext, e) {
			return true
		}
	}
	return false
}

// convert reads and converts one file. A transformer that panics fails
// the file, not the walk: one hostile file must not stop a run over a site.
func (w *Walker) convert(fsys fs.FS, name string) (r Result) {
	r.Path = name
	defer func() {
		if v := recover(); v != nil {
			r.Out = nil
			r.Err = pathError("convert", name, fmt.Errorf("hugofmt bug, please report it: panic: %v", v))
		}
	}()
	r.Src, r.Info, r.Err = w.read(fsys, name)
	if r.Err != nil {
		return r
	}
	var err error
	r.Out, r.Report, err = Bytes(w.Transformer, r.Src)
	if err != nil {
		r.Err = atPath("convert", name, err)
	}
	return r
}

// errTooLarge is the error of a file over the size limit.
type errTooLarge int64

func (max errTooLarge) Error() string {
	return fmt.Sprintf("file larger than %d MiB, the limit for a content file", max>>20)
}

var errNotRegular = errors.New("not a regular file")

// read reads the file name, refusing it unread when it is larger than the
// limit or not a regular file.
func (w *Walker) read(fsys fs.FS, name string) ([]byte, fs.FileInfo, error) {
	limit := w.MaxSize
	if limit <= 0 {
		limit = DefaultMaxSize
	}
	f, err := fsys.Open(name)
	if err != nil {
		return nil, nil, pathError("open", name, err)
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return nil, nil, pathError("stat", name, err)
	}
	if !info.Mode().IsRegular() {
		return nil, info, pathError("read", name, errNotRegular)
	}
	if info.Size() > limit {
		return nil, info, pathError("read", name, errTooLarge(limit))
	}
	// The size is a hint: the file may grow while it is read, and some
	// files (in /proc) report none.
	src := make([]byte, 0, info.Size()+1)
	for {
		if len(src) == cap(src) {
			src = append(src, 0)[:len(src)]
		}
		n, err := f.Read(src[len(src):cap(src)])
		src = src[:len(src)+n]
		if int64(len(src)) > limit {
			return nil, info, pathError("read", name, errTooLarge(limit))
		}
		if err == io.EOF {
			return src, info, nil
		}
		if err != nil {
			return nil, info, pathError("read", name, err)
		}
	}
}

// pathError returns err as a *fs.PathError about name, dropping the path
// of an inner *fs.PathError, which may be an operating system path.
func pathError(op, name string, err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		op, err = pe.Op, pe.Err
	}
	return &fs.PathError{Op: op, Path: name, Err: err}
}

// atPath returns err about the file name: a copy of a *frontmatter.Error
// with its Path set, or a *fs.PathError for the operation op.
func atPath(op, name string, err error) error {
	var fe *frontmatter.Error
	if errors.As(err, &fe) {
		e := *fe
		e.Path = name
		return &e
	}
	return pathError(op, name, err)
}
