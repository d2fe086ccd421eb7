module github.com/acme/stock-search

go 1.21

require (
	github.com/golang-jwt/jwt/v5 v5.2.0
	gopkg.in/yaml.v3 v3.0.1
)
