module github.com/examplecorp/firefly-batch

go 1.21

require (
	github.com/BurntSushi/toml v1.3.2
	golang.org/x/sync v0.5.0
)
