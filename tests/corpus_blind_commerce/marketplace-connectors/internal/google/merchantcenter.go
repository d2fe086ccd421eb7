package google

import (
	"context"

	"google.golang.org/api/content/v2.1"
	"google.golang.org/api/option"
)

// Service builds a Content API for Shopping client from the service-account key file
// (the library signs a JWT assertion and exchanges it at oauth2.googleapis.com).
func Service(ctx context.Context, saFile string) (*content.APIService, error) {
	return content.NewService(ctx, option.WithCredentialsFile(saFile), option.WithScopes(content.ContentScope))
}
