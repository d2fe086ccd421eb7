module github.com/acme-data/io-events-ingest

go 1.22

require (
	github.com/BurntSushi/toml v1.3.2
	github.com/okta/okta-jwt-verifier-golang v1.3.1
	golang.org/x/oauth2 v0.21.0
)

require (
	github.com/golang-jwt/jwt/v5 v5.2.1 // indirect
	github.com/lestrrat-go/jwx v1.2.29 // indirect
)
