module example.com/acme/stock-jwt

go 1.21

require github.com/golang-jwt/jwt/v4 v4.5.0
