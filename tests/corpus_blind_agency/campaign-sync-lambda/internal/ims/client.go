package ims

import (
	"context"
	"crypto/rsa"
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"time"

	"github.com/golang-jwt/jwt/v5"
)

// Client fetches Adobe IMS access tokens for the Campaign technical account.
type Client struct {
	Host          string
	ClientID      string
	ClientSecret  string
	OrgID         string
	TechAccountID string
	PrivateKey    *rsa.PrivateKey
	HTTP          *http.Client

	mu     sync.Mutex
	token  string
	expiry time.Time
}

type tokenResponse struct {
	AccessToken string `json:"access_token"`
	TokenType   string `json:"token_type"`
	ExpiresIn   int64  `json:"expires_in"`
}

// Token returns a cached access token, refreshing it when it is about to expire.
func (c *Client) Token(ctx context.Context) (string, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	now := time.Now()
	if c.token != "" && now.Add(2*time.Minute).Before(c.expiry) {
		return c.token, nil
	}

	claims := jwt.MapClaims{
		"exp": now.Add(assertionLifetime).Unix(),
		"iss": c.OrgID,
		"sub": c.TechAccountID,
		"aud": fmt.Sprintf("%s/c/%s", c.Host, c.ClientID),
		fmt.Sprintf("%s/s/%s", c.Host, CampaignMetascope): true,
	}
	signed, err := jwt.NewWithClaims(jwt.SigningMethodRS256, claims).SignedString(c.PrivateKey)
	if err != nil {
		return "", fmt.Errorf("sign assertion: %w", err)
	}

	form := url.Values{}
	form.Set("client_id", c.ClientID)
	form.Set("client_secret", c.ClientSecret)
	form.Set("jwt_token", signed)
	endpoint := fmt.Sprintf("%s/ims/exchange/v1/jwt", c.Host)
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, endpoint, strings.NewReader(form.Encode()))
	if err != nil {
		return "", err
	}
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	resp, err := c.HTTP.Do(req)
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return "", fmt.Errorf("ims exchange: %s", resp.Status)
	}
	var tr tokenResponse
	if err := json.NewDecoder(resp.Body).Decode(&tr); err != nil {
		return "", err
	}
	c.token = tr.AccessToken
	c.expiry = now.Add(time.Duration(tr.ExpiresIn) * time.Millisecond)
	return c.token, nil
}
