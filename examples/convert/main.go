// Convert migrates and normalizes the content of Hugo sites: it rewrites
// raw embed HTML (Speaker Deck scripts, YouTube iframes, tweets …), which
// today's Hugo renders as "<!-- raw HTML omitted -->", into shortcodes, and
// normalizes front matter (key spellings, dates, quoted booleans, the
// format), losing nothing that no rule means to change.
//
// Usage:
//
//	convert [flags] [path ...]
//
// With no path, convert reads standard input and writes the result to
// standard output. A path that names a file is converted whatever its
// name; a directory is walked for content files (.md, .markdown, .html),
// and for a Hugo site root only its content directories are, read as the
// site's configuration says (contentDir, a contentDir per language or
// module mounts; the taxonomies; the timeZone, reported). By default the
// converted files are printed; the flags work as gofmt's:
//
//	-l          list the files that would change
//	-d          print the changes as unified diffs
//	-w          write the changed files in place
//	-to FORMAT  rewrite front matter as yaml, toml or json
//	-r RULES    choose rules by name (default "hugo,embeds"); -help lists them
//	-tz ZONE    write dates that have a time but no zone with ZONE's offset
//	            (by default they stay zone-less, and Hugo reads them in
//	            the site's timeZone)
//	-taxonomies NAMES
//	            the taxonomies beyond tags and categories, comma-separated
//	            (default: those of the site's configuration)
//	-shortcodes SITE
//	            write into SITE/layouts/_shortcodes/ the templates Hugo
//	            lacks for the shortcodes the converted files call, written
//	            by this run or before (with no path: every template
//	            hugofmt ships), never overwriting a file
//	-json       print a report of every file as JSON
//	-j N        convert N files at once (default: the number of CPUs)
//	-cpuprofile FILE
//	            write a CPU profile of the run to FILE, for go tool pprof
//
// The exit status is 0 on success, 1 when -l or -d found files to change
// (and -w did not change them), and 2 on any error. Errors are printed as
// path:line:col: message, and a bad file never stops the run: it is left
// as it is, and the others are converted. Writing is safe: a changed file
// is written to a new file in its directory, with its mode, and renamed
// over the old one once on disk, so that a crash, a kill or a power cut
// leaves every file either old or new. The new files are synced to disk a
// batch at a time (hundreds of files); a kill may leave the new files of
// the batches being written behind, as ".NAME.hugofmt-NUMBER".
package main

import (
	"context"
	"os"
	"os/signal"
	"runtime/debug"
	"syscall"
)

func main() {
	tuneGC()
	// An interrupt stops the run between two files: a file being written
	// is finished, so none is left half-written and no temporary file
	// stays behind.
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}

// tuneGC makes the garbage collector run less often than Go's default,
// unless the user set GOGC or GOMEMLIMIT. The tool holds little live
// memory (a few files per worker, 2 to 3 MiB) but allocates a lot while
// converting, so by default the collector would run hundreds of times a
// second for a heap of a few MiB. The tool spends a memory budget instead:
// the collector runs when the heap reaches 17 times what is live
// (GOGC=1600) or the soft limit of 48 MiB, whichever comes first, and the
// limit makes it work harder should the heap grow (very large files)
// rather than pass it. On 10,000 posts, -w peaks at about 46 MiB; against
// GOGC=400 (26 MiB) it is about 2.5% faster, each collection stopping
// both workers for a moment (bench/compare.sh, six runs of each in turn);
// against Go's default, GOGC=400 had cut the CPU time of -w by a quarter.
func tuneGC() {
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(1600)
	}
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(48 << 20)
	}
}
