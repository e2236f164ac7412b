module github.com/hugofmt/hugofmt/e2e

go 1.24.0

require github.com/hugofmt/hugofmt v0.0.0

require golang.org/x/net v0.50.0 // indirect

replace github.com/hugofmt/hugofmt => ../
