module github.com/hugofmt/hugofmt/e2e

go 1.24.0

require github.com/hugofmt/hugofmt v0.0.0

require github.com/yuin/goldmark v1.8.7 // indirect

require (
	github.com/pelletier/go-toml/v2 v2.2.4 // indirect
	go.yaml.in/yaml/v3 v3.0.4 // indirect
	golang.org/x/net v0.50.0
)

replace github.com/hugofmt/hugofmt => ../
