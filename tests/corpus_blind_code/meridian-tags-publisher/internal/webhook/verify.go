// Package webhook authenticates the deploy hook that our CI calls after a
// release; CI signs a short JWT with its own RSA key.
package webhook

import (
	"crypto/rsa"
	"errors"
	"net/http"
	"os"
	"strings"

	"github.com/golang-jwt/jwt/v5"
)

const ciIssuer = "https://ci.meridian-retail.internal"

type Verifier struct {
	key *rsa.PublicKey
}

func NewVerifierFromFile(path string) (*Verifier, error) {
	pem, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	key, err := jwt.ParseRSAPublicKeyFromPEM(pem)
	if err != nil {
		return nil, err
	}
	return &Verifier{key: key}, nil
}

func (v *Verifier) Verify(r *http.Request) (*jwt.RegisteredClaims, error) {
	raw := strings.TrimPrefix(r.Header.Get("Authorization"), "Bearer ")
	if raw == "" {
		return nil, errors.New("missing bearer token")
	}
	claims := &jwt.RegisteredClaims{}
	_, err := jwt.ParseWithClaims(raw, claims, func(t *jwt.Token) (interface{}, error) {
		return v.key, nil
	}, jwt.WithValidMethods([]string{"RS256"}), jwt.WithIssuer(ciIssuer), jwt.WithAudience("tags-publisher"))
	if err != nil {
		return nil, err
	}
	return claims, nil
}
