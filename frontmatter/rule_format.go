package frontmatter

import (
	"fmt"
)

// applyFormat is the format rule: it converts the front matter to
// Config.Format through the lossless model, and reports what changed form
// on the way (comments JSON cannot hold, for one) as warnings: the
// conversion keeps what Hugo reads, but the user should look.
func applyFormat(r *ruleRun) error {
	to := r.cfg.Format
	if to == None {
		return fmt.Errorf("the format rule needs a target format (yaml, toml or json)")
	}
	if _, err := ParseFormat(string(to)); err != nil {
		return fmt.Errorf("the format rule: %w", err)
	}
	from := r.doc.Format()
	if from == to {
		return nil
	}
	warnings, err := r.doc.SetFormat(to)
	if err != nil {
		return err
	}
	r.changed(1, 1, "front matter converted from %s to %s", from, to)
	for _, w := range warnings {
		r.warn(w.Line, w.Col, "%s", w.Msg)
	}
	return nil
}
