package httpapi

import (
	"net/http"
	"strings"

	jwtverifier "github.com/okta/okta-jwt-verifier-golang"
)

// The admin API (replay, pause) is called by internal tools with Okta-issued JWT access tokens.
var verifier = jwtverifier.JwtVerifier{
	Issuer: "https://acme.okta.com/oauth2/default",
	ClaimsToValidate: map[string]string{
		"aud": "api://io-events-ingest",
		"cid": "0oa8f2k1x9AcmeIngest697",
	},
}

func RequireOkta(next http.Handler) http.Handler {
	v := verifier.New()
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		raw := strings.TrimPrefix(r.Header.Get("Authorization"), "Bearer ")
		if _, err := v.VerifyAccessToken(raw); err != nil {
			http.Error(w, "unauthorized", http.StatusUnauthorized)
			return
		}
		next.ServeHTTP(w, r)
	})
}
