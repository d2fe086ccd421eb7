// Package gcs writes export files into the customer's bucket using a Google service account.
package gcs

import (
	"context"
	"fmt"
	"io"
	"os"

	"cloud.google.com/go/storage"
	"golang.org/x/oauth2/google"
	"google.golang.org/api/option"
)

// NewClient builds a storage client from a service-account JSON key. The oauth2/google package
// signs a JWT assertion with the key and trades it at https://oauth2.googleapis.com/token.
func NewClient(ctx context.Context, credentialsFile string) (*storage.Client, error) {
	raw, err := os.ReadFile(credentialsFile)
	if err != nil {
		return nil, err
	}
	jwtCfg, err := google.JWTConfigFromJSON(raw, storage.ScopeReadWrite)
	if err != nil {
		return nil, fmt.Errorf("gcs jwt config: %w", err)
	}
	return storage.NewClient(ctx, option.WithTokenSource(jwtCfg.TokenSource(ctx)))
}

func Upload(ctx context.Context, c *storage.Client, bucket, object string, r io.Reader) error {
	w := c.Bucket(bucket).Object(object).NewWriter(ctx)
	w.ContentType = "application/vnd.apache.parquet"
	if _, err := io.Copy(w, r); err != nil {
		_ = w.Close()
		return err
	}
	return w.Close()
}
