module github.acme.example/platform/cmctl

go 1.22

require (
	github.com/golang-jwt/jwt/v5 v5.2.1
	github.com/spf13/cobra v1.8.0
)

require (
	github.com/inconshreveable/mousetrap v1.1.0 // indirect
	github.com/spf13/pflag v1.0.5 // indirect
)
