// Package ims fetches OAuth server-to-server access tokens from Adobe IMS.
package ims

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"time"

	"github.com/acme-platform/events-relay/internal/config"
)

type Client struct {
	cfg    config.IMS
	secret string
	http   *http.Client

	mu        sync.Mutex
	token     string
	expiresAt time.Time
}

func New(cfg config.IMS, secret string) *Client {
	return &Client{cfg: cfg, secret: secret, http: &http.Client{Timeout: 15 * time.Second}}
}

type tokenResponse struct {
	AccessToken string `json:"access_token"`
	TokenType   string `json:"token_type"`
	ExpiresIn   int64  `json:"expires_in"` // seconds
}

// Token returns a cached token, refreshing it five minutes before expiry.
func (c *Client) Token(ctx context.Context) (string, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.token != "" && time.Until(c.expiresAt) > 5*time.Minute {
		return c.token, nil
	}
	form := url.Values{}
	form.Set("grant_type", "client_credentials")
	form.Set("client_id", c.cfg.ClientID)
	form.Set("client_secret", c.secret)
	form.Set("scope", strings.Join(c.cfg.Scopes, ","))

	endpoint := fmt.Sprintf("%s%s", strings.TrimRight(c.cfg.Host, "/"), c.cfg.TokenPath)
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, endpoint, strings.NewReader(form.Encode()))
	if err != nil {
		return "", err
	}
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	resp, err := c.http.Do(req)
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return "", fmt.Errorf("ims: unexpected status %s", resp.Status)
	}
	var tr tokenResponse
	if err := json.NewDecoder(resp.Body).Decode(&tr); err != nil {
		return "", err
	}
	c.token = tr.AccessToken
	c.expiresAt = time.Now().Add(time.Duration(tr.ExpiresIn) * time.Second)
	return c.token, nil
}
