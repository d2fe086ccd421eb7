package ims

import (
	"fmt"
	"time"

	"github.com/golang-jwt/jwt/v5"
)

// Describe prints the expiry and client of an access token without verifying it
// (used by `cmctl whoami --token`).
func Describe(accessToken string) (string, error) {
	claims := jwt.MapClaims{}
	if _, _, err := jwt.NewParser().ParseUnverified(accessToken, claims); err != nil {
		return "", err
	}
	created, _ := claims["created_at"].(string)
	expiresIn, _ := claims["expires_in"].(string)
	return fmt.Sprintf("client=%v type=%v created_at=%s expires_in(ms)=%s now=%s",
		claims["client_id"], claims["type"], created, expiresIn, time.Now().UTC().Format(time.RFC3339)), nil
}
