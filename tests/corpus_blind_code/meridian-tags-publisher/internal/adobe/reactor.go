package adobe

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
)

const reactorBase = "https://reactor.adobe.io"

type Reactor struct {
	Tokens   *TokenSource
	ClientID string
	OrgID    string
	HTTP     *http.Client
}

// CreateBuild starts a library build for the given library id.
func (r *Reactor) CreateBuild(ctx context.Context, libraryID string) (string, error) {
	tok, err := r.Tokens.Token(ctx)
	if err != nil {
		return "", err
	}
	req, _ := http.NewRequestWithContext(ctx, http.MethodPost,
		fmt.Sprintf("%s/libraries/%s/builds", reactorBase, libraryID), bytes.NewReader(nil))
	req.Header.Set("Authorization", "Bearer "+tok)
	req.Header.Set("x-api-key", r.ClientID)
	req.Header.Set("x-gw-ims-org-id", r.OrgID)
	req.Header.Set("Accept", "application/vnd.api+json;revision=1")

	resp, err := r.HTTP.Do(req)
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	if resp.StatusCode >= 300 {
		return "", fmt.Errorf("reactor: build failed: %s", resp.Status)
	}
	var out struct {
		Data struct {
			ID string `json:"id"`
		} `json:"data"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&out); err != nil {
		return "", err
	}
	return out.Data.ID, nil
}
