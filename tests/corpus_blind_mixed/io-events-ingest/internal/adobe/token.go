package adobe

import (
	"context"
	"fmt"
	"net/url"

	"golang.org/x/oauth2"
	"golang.org/x/oauth2/clientcredentials"
)

// NewTokenSource returns a cached, auto-refreshing token source for the
// OAuth Server-to-Server credential of the "IO Events Ingest" project.
func NewTokenSource(ctx context.Context, cfg Config) oauth2.TokenSource {
	cc := &clientcredentials.Config{
		ClientID:       cfg.ClientID,
		ClientSecret:   cfg.ClientSecret,
		TokenURL:       fmt.Sprintf("%s%s", cfg.imsHostOrDefault(), imsTokenPath),
		Scopes:         cfg.Scopes,
		AuthStyle:      oauth2.AuthStyleInParams,
		EndpointParams: url.Values{"org_id": {cfg.OrgID}},
	}
	return oauth2.ReuseTokenSource(nil, cc.TokenSource(ctx))
}

// Client returns an *http.Client that adds the bearer token and the x-api-key header.
func Client(ctx context.Context, cfg Config) *apiClient {
	return &apiClient{http: oauth2.NewClient(ctx, NewTokenSource(ctx, cfg)), apiKey: cfg.ClientID, journal: cfg.JournalURL}
}
