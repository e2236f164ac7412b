package frontmatter

import (
	"strconv"
)

// boolKeys are the top-level keys Hugo reads as booleans
// (hugolib/page__meta.go), lower-cased as Hugo matches them.
var boolKeys = []string{"draft", "headless", "iscjklanguage"}

// boolWords are the strings the types rule reads as booleans: those Hugo
// reads (strconv.ParseBool) and YAML 1.1's yes, no, on and off, which Hugo
// read as booleans until v0.152 moved to a YAML 1.2 decoder and now reads
// as false.
var boolWords = map[string]bool{
	"1": true, "t": true, "T": true, "true": true, "True": true, "TRUE": true,
	"0": false, "f": false, "F": false, "false": false, "False": false, "FALSE": false,
	"y": true, "Y": true, "yes": true, "Yes": true, "YES": true, "on": true, "On": true, "ON": true,
	"n": false, "N": false, "no": false, "No": false, "NO": false, "off": false, "Off": false, "OFF": false,
}

// applyTypes is the types rule: the booleans and the weight Hugo reads,
// written as strings, become a boolean and an integer.
func applyTypes(r *ruleRun) error {
	for _, lower := range boolKeys {
		key, ok := r.lookup(lower)
		if !ok {
			continue
		}
		v := r.meta.Get(key)
		if v.Kind() != StringKind {
			continue
		}
		line, col := r.at(key, v)
		b, ok := boolWords[v.Str()]
		if !ok {
			r.warn(line, col, "%s %q is not a boolean (Hugo reads false); left as it is", key, v.Str())
			continue
		}
		r.meta.Set(key, NewBool(b))
		why := "a boolean, not a string"
		if _, err := strconv.ParseBool(v.Str()); err != nil && b {
			why = "Hugo reads this string as false"
		}
		r.changed(line, col, "%s %q → %t (%s)", key, v.Str(), b, why)
	}
	if key, ok := r.lookup("weight"); ok {
		r.weight(key, r.meta.Get(key))
	}
	return nil
}

// weight makes a weight written as a string of decimal digits an integer.
// Other strings are left with a warning: Hugo reads "010" as 8, and "1.5"
// as 0, which is not what their authors meant either.
func (r *ruleRun) weight(key string, v *Node) {
	if v.Kind() != StringKind {
		return
	}
	line, col := r.at(key, v)
	s := v.Str()
	n, err := strconv.ParseInt(s, 10, 64)
	if err != nil || strconv.FormatInt(n, 10) != s && "+"+strconv.FormatInt(n, 10) != s {
		r.warn(line, col, "%s %q is not a whole number written plainly; left as it is", key, s)
		return
	}
	r.meta.Set(key, NewInt(n))
	r.changed(line, col, "%s %q → %d (a number, not a string)", key, s, n)
}
