module github.com/acme-retail/marketplace-connectors

go 1.22

require (
	github.com/golang-jwt/jwt/v5 v5.2.1
	golang.org/x/oauth2 v0.23.0
	google.golang.org/api v0.203.0
	gopkg.in/yaml.v3 v3.0.1
)

require (
	cloud.google.com/go/compute/metadata v0.5.2 // indirect
	github.com/google/s2a-go v0.1.8 // indirect
	go.opencensus.io v0.24.0 // indirect
)
