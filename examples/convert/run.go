package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime"
	"runtime/pprof"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/hugofmt/hugofmt/convert"
	"github.com/hugofmt/hugofmt/embed"
	"github.com/hugofmt/hugofmt/frontmatter"
)

// Exit statuses.
const (
	exitOK      = 0
	exitChanges = 1 // -l or -d found files to change, and -w did not change them
	exitError   = 2
)

// flags holds the command line.
type flags struct {
	list, diff, write, json bool
	rules, shortcodes       string
	to                      frontmatter.Format // -to; None leaves the format
	tz                      *time.Location     // -tz; nil keeps zone-less dates
	taxonomies              []string           // -taxonomies, when set
	taxonomiesSet           bool               // -taxonomies overrides the sites'
	jobs                    int
	cpuprofile              string
	paths                   []string
}

// run runs the command with args and returns its exit status.
func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	f, err := parseFlags(args, stdout)
	if errors.Is(err, flag.ErrHelp) {
		return exitOK
	}
	var opts convert.Options
	var t convert.Transformer
	if err == nil {
		opts = convert.Options{
			Rules:      f.rules,
			To:         f.to,
			Location:   f.tz,
			Taxonomies: f.taxonomies,
			Shortcodes: f.shortcodes != "",
		}
		t, err = convert.New(opts)
	}
	if err != nil {
		if !strings.HasPrefix(err.Error(), "convert: ") {
			err = fmt.Errorf("convert: %w", err)
		}
		fmt.Fprintf(stderr, "%v\nusage: convert [flags] [path ...]; convert -help lists the flags, rules and providers\n", err)
		return exitError
	}
	if f.cpuprofile != "" {
		stop, err := startCPUProfile(f.cpuprofile)
		if err != nil {
			fmt.Fprintf(stderr, "convert: -cpuprofile: %v\n", err)
			return exitError
		}
		defer stop()
	}
	c := newConsole(stdout, stderr)
	defer c.close()
	r := &runner{flags: f, opts: opts, t: t, c: c}
	if f.shortcodes != "" && len(f.paths) == 0 {
		r.writeTemplates() // all of them: there is no conversion to tell which
		return r.status()
	}
	if len(f.paths) == 0 {
		r.stdin(stdin)
		return r.status()
	}
	r.paths(ctx)
	return r.status()
}

// parseFlags parses the command line. On -help it prints the help to
// stdout and returns flag.ErrHelp.
func parseFlags(args []string, stdout io.Writer) (*flags, error) {
	var f flags
	fs := flag.NewFlagSet("convert", flag.ContinueOnError)
	fs.SetOutput(io.Discard) // run prints errors with a hint, help the full text
	fs.Usage = func() {}
	fs.BoolVar(&f.list, "l", false, "list the files that would change")
	fs.BoolVar(&f.diff, "d", false, "print the changes as unified diffs")
	fs.BoolVar(&f.write, "w", false, "write the changed files in place")
	to := fs.String("to", "", "rewrite front matter as `format`: yaml, toml or json (turns the format rule on)")
	fs.StringVar(&f.rules, "r", convert.DefaultRules, "the `rules` to apply, comma-separated (listed below)")
	fs.Func("tz", "write dates that have a time but no zone with the offset of `zone` (an IANA name: Asia/Tokyo), read as its wall clock; by default they stay zone-less, and Hugo reads them in the site's timeZone", func(name string) error {
		loc, err := time.LoadLocation(name)
		if err != nil || name == "" {
			return fmt.Errorf("unknown time zone %q (an IANA name, such as Asia/Tokyo or UTC)", name)
		}
		f.tz = loc
		return nil
	})
	fs.Func("taxonomies", "the site's taxonomies beyond tags and categories, by plural `names`, comma-separated (default: those of the site's configuration)", func(list string) error {
		f.taxonomies, f.taxonomiesSet = nil, true
		for _, name := range strings.Split(list, ",") {
			if name = strings.TrimSpace(name); name != "" {
				f.taxonomies = append(f.taxonomies, name)
			}
		}
		return nil
	})
	fs.StringVar(&f.shortcodes, "shortcodes", "", "write into `site`/layouts/_shortcodes/ the templates Hugo lacks for the shortcodes the content calls (with no path: all), never overwriting; with -l or -d, only name them")
	fs.BoolVar(&f.json, "json", false, "print a report of every file as JSON")
	fs.IntVar(&f.jobs, "j", runtime.NumCPU(), "convert `n` files at once")
	fs.StringVar(&f.cpuprofile, "cpuprofile", "", "write a CPU profile of the run to `file`")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			help(stdout, fs)
		}
		return nil, err
	}
	f.paths = fs.Args()
	if *to != "" {
		var err error
		if f.to, err = frontmatter.ParseFormat(*to); err != nil {
			return nil, fmt.Errorf("-to: %w", err)
		}
	}
	switch {
	case f.jobs < 1:
		return nil, fmt.Errorf("-j %d: must be at least 1", f.jobs)
	case f.json && (f.list || f.diff):
		return nil, errors.New("-json replaces the output of -l and -d; use one or the other")
	case f.write && len(f.paths) == 0 && f.shortcodes == "":
		return nil, errors.New("cannot use -w with standard input")
	}
	return &f, nil
}

// startCPUProfile starts writing a CPU profile to the file name, and
// returns the function that stops it.
func startCPUProfile(name string) (stop func(), err error) {
	f, err := os.Create(name)
	if err != nil {
		return nil, err
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		f.Close()
		return nil, err
	}
	return func() {
		pprof.StopCPUProfile()
		f.Close()
	}, nil
}

// help prints the usage, the flags, the rules and the providers.
func help(w io.Writer, fs *flag.FlagSet) {
	fmt.Fprint(w, `usage: convert [flags] [path ...]

Convert rewrites raw embed HTML in Hugo content into shortcodes and
normalizes front matter. With no path it reads standard input and writes
standard output. A directory is walked for .md, .markdown and .html files;
for a Hugo site root, only its content directories, read as its
configuration says (contentDir, timeZone, taxonomies). Without -l, -d, -w
or -json, the converted files are printed.

Exit status: 0 success; 1 -l or -d found files to change, or templates
to write (without -w, which changes them); 2 an error.

Flags:
`)
	fs.SetOutput(w)
	fs.PrintDefaults()
	fmt.Fprintln(w, "\nRules (-r):")
	tw := tabwriter.NewWriter(w, 0, 8, 2, ' ', 0)
	for _, c := range convert.Choices() {
		fmt.Fprintf(tw, "  %s\t%s\n", c.Name, c.Summary)
	}
	tw.Flush()
	fmt.Fprintln(w, "\nProviders (embeds), in the order they are consulted:")
	names := embed.Default().Names()
	line := " "
	for i, name := range names {
		if i < len(names)-1 {
			name += ","
		}
		if len(line)+1+len(name) > 76 {
			fmt.Fprintln(w, line)
			line = " "
		}
		line += " " + name
	}
	fmt.Fprintln(w, line)
}
