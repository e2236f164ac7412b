#!/usr/bin/env bash
# compare.sh times hugofmt against `hugo convert toYAML` on a generated site,
# with `cp -r` and `cat` of the same tree as floors.
#
# Usage: bench/compare.sh [-n posts] [-r repetitions] [-big] [-big-hugo] [-disk]
#
#   -n N        posts in the generated site (default 10000)
#   -r R        repetitions of each measurement; the medians are reported (default 5)
#   -big        also convert a 100,000-post site, to show that memory stays flat
#   -big-hugo   with -big, time `hugo convert` on it too (slow, several GB)
#   -disk       work in TMPDIR (default /tmp) even when /dev/shm is there, to
#               measure writing to a disk (-w syncs what it writes)
#
# Environment:
#   HUGOFMT_HUGO    the hugo binary, as for the tests (default: hugo on PATH, then ~/go/bin/hugo);
#                   v0.160.0 is installed with `go install` when none is found
#   HUGOFMT_FLAGS   flags for our tool besides -w/-l (default: -to yaml -r hugo,embeds)
#   TMPDIR          where to work when /dev/shm (tmpfs) is not available
#   COMPARE_RAW     a file to copy every run's figures to (label wall cpu rss_kib status)
#
# Each measurement runs under GNU time (`/usr/bin/time -v`): wall time, CPU time
# (user + system) and peak resident memory. Only the command itself is timed:
# the copies it works on are made beforehand. Nothing outside the work
# directory is written; it is removed at the end.
set -euo pipefail

posts=10000 reps=5 big=0 big_hugo=0 big_posts=100000 seed=1 disk=0
while [ $# -gt 0 ]; do
	case "$1" in
	-n) posts=$2; shift 2 ;;
	-r) reps=$2; shift 2 ;;
	-big) big=1; shift ;;
	-big-hugo) big=1; big_hugo=1; shift ;;
	-disk) disk=1; shift ;;
	*) sed -n '2,/^set -e/p' "$0" | sed '$d; s/^# \{0,1\}//' >&2; exit 2 ;;
	esac
done

repo=$(cd "$(dirname "$0")/.." && pwd)
flags=${HUGOFMT_FLAGS:--to yaml -r hugo,embeds}

die() { echo "compare.sh: $*" >&2; exit 1; }

# GNU time, which reports peak memory.
timecmd=/usr/bin/time
if ! "$timecmd" -v true >/dev/null 2>&1; then
	die "GNU time is missing: install it with 'apt-get update && apt-get install -y time'"
fi

# Hugo v0.160.0, the release the comparison is about.
hugo=${HUGOFMT_HUGO:-$(command -v hugo || true)}
[ -n "$hugo" ] || hugo=$(go env GOPATH)/bin/hugo
if ! [ -x "$hugo" ]; then
	echo "installing hugo v0.160.0 with go install ..." >&2
	go install github.com/gohugoio/hugo@v0.160.0
	hugo=$(go env GOPATH)/bin/hugo
fi
"$hugo" version | grep -q 'v0\.160\.0' || echo "note: $("$hugo" version | cut -d' ' -f2) is not the v0.160.0 the README figures used" >&2

# Work on tmpfs when there is one, so that the disk is not what is measured.
if [ "$disk" = 0 ] && [ -d /dev/shm ] && [ -w /dev/shm ]; then
	work=$(mktemp -d /dev/shm/hugofmt-bench.XXXXXX)
else
	work=$(mktemp -d)
fi
trap 'rm -rf "$work"' EXIT

echo "building the generator and the batch tool ..." >&2
(cd "$repo" && go build -o "$work/testgen" ./internal/testgen/cmd/testgen)
ours=""
if [ -d "$repo/examples/convert" ]; then
	(cd "$repo" && go build -o "$work/hugofmt" ./examples/convert)
	ours=$work/hugofmt
else
	echo "note: examples/convert (the batch tool) is not in this checkout yet: timing hugo and the floors only" >&2
fi

results=$work/results # lines: label wall cpu rss_kib status
: >"$results"

# measure LABEL SETUP CMD... runs SETUP (a shell snippet, untimed) then CMD
# under GNU time, $times times ($reps unless set), and records each run in
# $results.
measure() {
	local label=$1 setup=$2
	shift 2
	local i status
	for ((i = 1; i <= ${times:-$reps}; i++)); do
		eval "$setup"
		status=0
		"$timecmd" -v -o "$work/time" "$@" >"$work/stdout" 2>"$work/stderr" || status=$?
		if [ "$status" -ne 0 ] && ! grep -q 'Exit status' "$work/time"; then
			die "$label: $(tail -3 "$work/stderr")"
		fi
		awk -v label="$label" -v status="$status" '
			/User time/   { user = $NF }
			/System time/ { sys = $NF }
			/Elapsed/     { n = split($NF, t, ":"); wall = 0; for (k = 1; k <= n; k++) wall = wall * 60 + t[k] }
			/Maximum resident/ { rss = $NF }
			END { printf "%s %.3f %.3f %d %s\n", label, wall, user + sys, rss, status }
		' "$work/time" >>"$results"
	done
	if [ "$status" -ne 0 ]; then
		echo "note: $label exited with status $status; its last lines:" >&2
		tail -3 "$work/stderr" >&2
	fi
}

# median LABEL FIELD prints the median of a field of LABEL's runs
# (2 wall, 3 cpu, 4 rss).
median() {
	awk -v label="$1" -v f="$2" '$1 == label { print $f }' "$results" | sort -g |
		awk '{ v[NR] = $1 } END { if (NR == 0) print ""; else if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

# run_suite N: generate an N-post site and time everything on it.
run_suite() {
	local n=$1 hugo_too=$2
	local site=$work/site-$n
	echo "generating $n posts in $site ..." >&2
	"$work/testgen" -n "$n" -seed "$seed" -o "$site" 2>"$work/summary"
	sed 's/^/  /' "$work/summary" >&2

	# hugo convert and our -w run in turn, so that the machine's drift
	# over the minutes the runs take weighs on both alike.
	local i
	for ((i = 1; i <= reps; i++)); do
		if [ "$hugo_too" = 1 ]; then
			echo "timing hugo convert toYAML (run $i of $reps) ..." >&2
			times=1 measure "hugo-convert/$n" 'rm -rf "$work/hugo-out"' \
				"$hugo" convert toYAML --source "$site" -o "$work/hugo-out" --quiet
			rm -rf "$work/hugo-out"
		fi
		if [ -n "$ours" ]; then
			echo "timing hugofmt $flags -w (run $i of $reps) ..." >&2
			times=1 measure "hugofmt-w/$n" 'rm -rf "$work/ours"; cp -r "$site/content" "$work/ours"' \
				"$ours" $flags -w "$work/ours"
		fi
	done
	if [ -n "$ours" ]; then
		echo "timing hugofmt $flags -l on the converted tree ($reps runs) ..." >&2
		measure "hugofmt-l/$n" '' "$ours" $flags -l "$work/ours"
		local listed
		listed=$(wc -l <"$work/stdout")
		[ "$listed" -eq 0 ] || echo "note: -l lists $listed files of the converted tree: not idempotent" >&2
		echo "timing cat over the converted tree ($reps runs) ..." >&2
		measure "cat/$n" '' sh -c 'find "$1" -type f -print0 | xargs -0 cat >/dev/null' sh "$work/ours"
		rm -rf "$work/ours"
	else
		measure "cat/$n" '' sh -c 'find "$1" -type f -print0 | xargs -0 cat >/dev/null' sh "$site/content"
	fi
	echo "timing cp -r ($reps runs) ..." >&2
	measure "cp-r/$n" 'rm -rf "$work/copy"' cp -r "$site/content" "$work/copy"
	rm -rf "$work/copy" "$site"
}

report() {
	local n=$1
	printf '\n%s posts, %s, %s cores, %s, load average before: %s\n' "$n" "$(uname -sm)" "$(nproc)" \
		"$(df -T "$work" | awk 'NR == 2 { print $2 }') in $(dirname "$work")" "$load_before"
	printf '%-16s %10s %10s %10s %12s\n' "(medians)" "wall (s)" "min wall" "CPU (s)" "peak (MiB)"
	local label wall cpu rss fastest
	for label in hugo-convert hugofmt-w hugofmt-l cp-r cat; do
		wall=$(median "$label/$n" 2)
		[ -n "$wall" ] || continue
		fastest=$(awk -v label="$label/$n" '$1 == label { print $2 }' "$results" | sort -g | head -1)
		cpu=$(median "$label/$n" 3)
		rss=$(median "$label/$n" 4)
		awk -v l="$label" -v w="$wall" -v f="$fastest" -v c="$cpu" -v r="$rss" \
			'BEGIN { printf "%-16s %10.2f %10.2f %10.2f %12.1f\n", l, w, f, c, r / 1024 }'
	done
	echo "ratios of median wall times:"
	ratio "$n" hugo-convert hugofmt-w "hugo convert / hugofmt -w"
	ratio "$n" hugofmt-w cp-r "hugofmt -w / cp -r"
	ratio "$n" hugofmt-l cat "hugofmt -l / cat"
	ratio "$n" hugo-convert cp-r "hugo convert / cp -r"
}

# ratio N A B TEXT prints the median wall time of A over that of B, when
# both were measured on N posts.
ratio() {
	local a b
	a=$(median "$2/$1" 2) b=$(median "$3/$1" 2)
	if [ -n "$a" ] && [ -n "$b" ]; then
		awk -v a="$a" -v b="$b" -v what="$4" 'BEGIN { printf "  %-34s %6.2f×\n", what, a / b }'
	fi
}

load_before=$(cut -d' ' -f1-3 /proc/loadavg)
run_suite "$posts" 1
report "$posts"
if [ "$big" = 1 ]; then
	load_before=$(cut -d' ' -f1-3 /proc/loadavg)
	run_suite "$big_posts" "$big_hugo"
	report "$big_posts"
fi
printf '\nload average after: %s\n' "$(cut -d' ' -f1-3 /proc/loadavg)"
[ -z "${COMPARE_RAW:-}" ] || cp "$results" "$COMPARE_RAW"
