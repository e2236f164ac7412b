module github.com/hugofmt/hugofmt

go 1.24.0

require (
	github.com/rogpeppe/go-internal v1.14.1
	github.com/yuin/goldmark v1.8.7
	golang.org/x/net v0.50.0
)

require golang.org/x/tools v0.26.0 // indirect
