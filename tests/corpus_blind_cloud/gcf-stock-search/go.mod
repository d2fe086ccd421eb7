module example.com/stock-search

go 1.22

require (
	github.com/GoogleCloudPlatform/functions-framework-go v1.8.1
	github.com/golang-jwt/jwt/v5 v5.2.1
	google.golang.org/api v0.177.0
)
