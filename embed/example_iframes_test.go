package embed_test

import (
	"fmt"
	"log"

	"github.com/hugofmt/hugofmt/embed"
)

// The generic iframe provider is opt-in: added last, it brings back the
// iframes no other provider knows, with only their safe attributes.
func ExampleIframes() {
	reg, err := embed.Default().With(embed.Iframes())
	if err != nil {
		log.Fatal(err)
	}
	body := `<iframe src="https://widgets.example.org/board/42" width="600" height="400" onload="track()" allowfullscreen></iframe>

<script src="https://widgets.example.org/board.js"></script>
`
	out, findings, err := reg.Rewrite([]byte(body))
	if err != nil {
		log.Fatal(err)
	}
	fmt.Print(string(out))
	for _, f := range findings {
		fmt.Println(f)
	}
	// Output:
	// {{< iframe src="https://widgets.example.org/board/42" width="600" height="400" allowfullscreen="true" >}}
	//
	// <script src="https://widgets.example.org/board.js"></script>
	// 1:1: iframes: converted to {{< iframe src="https://widgets.example.org/board/42" width="600" height="400" allowfullscreen="true" >}}
	// 3:1: left: unknown script (widgets.example.org/board.js)
}
