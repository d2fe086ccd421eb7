module github.com/acme-platform/events-relay

go 1.22

require (
	github.com/golang-jwt/jwt/v5 v5.2.1
	gopkg.in/yaml.v3 v3.0.1
)
