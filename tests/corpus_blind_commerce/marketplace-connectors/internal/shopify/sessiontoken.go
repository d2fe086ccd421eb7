package shopify

import (
	"errors"
	"strings"

	"github.com/golang-jwt/jwt/v5"
)

// SessionClaims are the claims of a Shopify App Bridge session token.
type SessionClaims struct {
	Dest string `json:"dest"`
	jwt.RegisteredClaims
}

// VerifySessionToken validates the HS256 session token sent by the embedded admin app.
func VerifySessionToken(token, apiKey, apiSecret string) (*SessionClaims, error) {
	claims := &SessionClaims{}
	_, err := jwt.ParseWithClaims(token, claims, func(t *jwt.Token) (any, error) {
		return []byte(apiSecret), nil
	}, jwt.WithValidMethods([]string{"HS256"}), jwt.WithAudience(apiKey), jwt.WithLeeway(5e9))
	if err != nil {
		return nil, err
	}
	if !strings.HasSuffix(claims.Dest, ".myshopify.com") {
		return nil, errors.New("shopify: unexpected dest")
	}
	return claims, nil
}
