package journal

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"os"
	"time"

	"github.com/golang-jwt/jwt/v5"

	"github.com/acme-platform/events-relay/internal/config"
)

// Forwarder posts each event to the internal webhook with a short-lived relay token
// (HS256, our own audience) so downstream services can verify the sender.
func Forwarder(d config.Downstream) func(context.Context, json.RawMessage) error {
	key := []byte(os.Getenv(d.SigningKeyEnv))
	return func(ctx context.Context, ev json.RawMessage) error {
		claims := jwt.RegisteredClaims{
			Issuer:    "events-relay",
			Audience:  jwt.ClaimStrings{d.Audience},
			ExpiresAt: jwt.NewNumericDate(time.Now().Add(2 * time.Minute)),
		}
		signed, err := jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString(key)
		if err != nil {
			return err
		}
		req, _ := http.NewRequestWithContext(ctx, http.MethodPost, d.URL, bytes.NewReader(ev))
		req.Header.Set("Authorization", "Bearer "+signed)
		req.Header.Set("Content-Type", "application/json")
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			return err
		}
		return resp.Body.Close()
	}
}
