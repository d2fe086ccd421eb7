package photoshop

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"time"
)

const apiBase = "https://image.adobe.io"

type Tokener interface {
	Token(ctx context.Context) (string, error)
}

type Client struct {
	apiKey string
	tokens Tokener
	http   *http.Client
}

func New(apiKey string, tokens Tokener) *Client {
	return &Client{apiKey: apiKey, tokens: tokens, http: &http.Client{Timeout: 60 * time.Second}}
}

type ref struct {
	Href    string `json:"href"`
	Storage string `json:"storage"`
	Type    string `json:"type,omitempty"`
}

// RemoveBackground submits a cutout job and returns the status URL.
func (c *Client) RemoveBackground(ctx context.Context, srcURL, dstURL string) (string, error) {
	body := map[string]any{
		"input":  ref{Href: srcURL, Storage: "external"},
		"output": ref{Href: dstURL, Storage: "external", Type: "image/png"},
	}
	return c.submit(ctx, "/sensei/cutout", body)
}

// PlayActions runs an action JSON against a PSD.
func (c *Client) PlayActions(ctx context.Context, srcURL, dstURL string, actions json.RawMessage) (string, error) {
	body := map[string]any{
		"inputs":  []ref{{Href: srcURL, Storage: "external"}},
		"options": map[string]any{"actionJSON": actions},
		"outputs": []ref{{Href: dstURL, Storage: "external", Type: "image/jpeg"}},
	}
	return c.submit(ctx, "/pie/psdService/actionJSON", body)
}

func (c *Client) submit(ctx context.Context, path string, payload any) (string, error) {
	token, err := c.tokens.Token(ctx)
	if err != nil {
		return "", err
	}
	buf, _ := json.Marshal(payload)
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, apiBase+path, bytes.NewReader(buf))
	if err != nil {
		return "", err
	}
	req.Header.Set("Authorization", "Bearer "+token)
	req.Header.Set("x-api-key", c.apiKey)
	req.Header.Set("Content-Type", "application/json")
	resp, err := c.http.Do(req)
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusAccepted {
		return "", fmt.Errorf("photoshop %s: %s", path, resp.Status)
	}
	var out struct {
		Links struct {
			Self struct {
				Href string `json:"href"`
			} `json:"self"`
		} `json:"_links"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&out); err != nil {
		return "", err
	}
	return out.Links.Self.Href, nil
}
