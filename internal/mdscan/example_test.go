package mdscan_test

import (
	"fmt"
	"strings"

	"github.com/hugofmt/hugofmt/internal/mdscan"
)

func ExampleDoc_At() {
	body := "Use `{% youtube x %}` in Jekyll.\n\n```liquid\n{% youtube x %}\n```\n\n{% youtube x %}\n\n{{< note >}}{% youtube x %}{{< /note >}}\n"
	d := mdscan.Scan([]byte(body))
	for i := 0; ; {
		j := strings.Index(body[i:], "{% youtube")
		if j < 0 {
			break
		}
		i += j
		fmt.Printf("line %d: %v\n", d.LineAt(i)+1, d.At(i))
		i++
	}
	// Output:
	// line 1: code
	// line 4: code
	// line 7: text
	// line 9: shortcode
}

func ExampleScan() {
	d := mdscan.Scan([]byte("Text\n\n    indented code\n\n> <iframe src=x></iframe>\n"))
	for _, b := range d.Blocks() {
		fmt.Println(b.Kind, b.First+1, b.Last+1)
	}
	// Output:
	// paragraph 1 1
	// indented code 3 3
	// HTML block 5 5
}
