module github.com/hugofmt/hugofmt

go 1.24.0

require github.com/rogpeppe/go-internal v1.14.1

require golang.org/x/tools v0.26.0 // indirect
