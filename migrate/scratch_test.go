package migrate

import (
	"fmt"
	"testing"

	"github.com/hugofmt/hugofmt/frontmatter"
)

func TestScratch(t *testing.T) {
	d, err := frontmatter.Parse([]byte("{% img /images/cat.png %}\n\nfoo\n"))
	fmt.Printf("%v %q %v %v\n", err, d.Body(), d.Format(), d.Warnings())
}
