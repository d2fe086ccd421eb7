module github.com/fieldnote/relay-go-ims

go 1.22

require (
	cloud.google.com/go/storage v1.43.0
	github.com/golang-jwt/jwt/v5 v5.2.1
	github.com/prometheus/client_golang v1.20.4
	golang.org/x/oauth2 v0.23.0
	gopkg.in/yaml.v3 v3.0.1
)
