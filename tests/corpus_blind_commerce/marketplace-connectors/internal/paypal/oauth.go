package paypal

import (
	"context"

	"golang.org/x/oauth2"
	"golang.org/x/oauth2/clientcredentials"
)

// Client returns an HTTP client that authenticates against the PayPal REST API
// with the client credentials grant (token endpoint /v1/oauth2/token).
func Client(ctx context.Context, baseURL, clientID, clientSecret string) *oauth2.Token {
	cfg := clientcredentials.Config{
		ClientID:     clientID,
		ClientSecret: clientSecret,
		TokenURL:     baseURL + "/v1/oauth2/token",
		AuthStyle:    oauth2.AuthStyleInHeader,
	}
	tok, err := cfg.Token(ctx)
	if err != nil {
		return nil
	}
	return tok
}
