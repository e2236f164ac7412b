package testgen

// rng is a SplitMix64 generator. It is written out here rather than taken
// from math/rand so that a seed gives the same posts on every machine and
// with every Go release: the standard library promises its sources but not
// how its helpers (IntN, Shuffle …) turn their output into values.
type rng struct{ s uint64 }

// newRNG returns the generator of post i for a seed. Every post has its
// own stream, so that post i is the same whether it is generated alone or
// as part of a tree of any size, in any order.
func newRNG(seed uint64, i int) *rng {
	r := &rng{s: seed}
	r.s = r.next() ^ uint64(i)*0xd1342543de82ef95
	return r
}

// next returns the next 64 random bits.
func (r *rng) next() uint64 {
	r.s += 0x9e3779b97f4a7c15
	z := r.s
	z = (z ^ z>>30) * 0xbf58476d1ce4e5b9
	z = (z ^ z>>27) * 0x94d049bb133111eb
	return z ^ z>>31
}

// intn returns a number in [0, n). The modulo bias is below 2⁻⁴⁰ for the
// small n used here.
func (r *rng) intn(n int) int { return int(r.next() % uint64(n)) }

// between returns a number in [lo, hi].
func (r *rng) between(lo, hi int) int { return lo + r.intn(hi-lo+1) }

// chance reports true with probability per/1000.
func (r *rng) chance(per int) bool { return r.intn(1000) < per }

// pick returns one element of s.
func pick[T any](r *rng, s []T) T { return s[r.intn(len(s))] }

// weighted returns an index into weights, each chosen in proportion to its
// weight.
func (r *rng) weighted(weights []int) int {
	total := 0
	for _, w := range weights {
		total += w
	}
	n := r.intn(total)
	for i, w := range weights {
		if n < w {
			return i
		}
		n -= w
	}
	return len(weights) - 1
}

// Alphabets for identifiers.
const (
	hexDigits = "0123456789abcdef"
	alnum     = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
	lowerNum  = "0123456789abcdefghijklmnopqrstuvwxyz"
	digits    = "0123456789"
	upperNum  = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
	// urlSafe is the alphabet of YouTube video IDs and other URL-safe
	// base64 identifiers.
	urlSafe = alnum + "-_"
)

// id appends n characters drawn from alphabet.
func (r *rng) id(b []byte, alphabet string, n int) []byte {
	for range n {
		b = append(b, alphabet[r.intn(len(alphabet))])
	}
	return b
}
