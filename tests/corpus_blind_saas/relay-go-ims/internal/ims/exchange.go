// Package ims obtains Adobe IMS access tokens for the relay's technical account.
package ims

import (
	"context"
	"crypto/rsa"
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"os"
	"strings"
	"sync"
	"time"

	"github.com/golang-jwt/jwt/v5"

	"github.com/fieldnote/relay-go-ims/internal/config"
)

type tokenResponse struct {
	TokenType   string `json:"token_type"`
	AccessToken string `json:"access_token"`
	ExpiresIn   int64  `json:"expires_in"` // milliseconds
}

type Client struct {
	cfg    config.Adobe
	http   *http.Client
	key    *rsa.PrivateKey
	secret string

	mu      sync.Mutex
	token   string
	expires time.Time
}

func New(cfg config.Adobe) (*Client, error) {
	pem, err := os.ReadFile(cfg.PrivateKeyPath)
	if err != nil {
		return nil, fmt.Errorf("read adobe private key: %w", err)
	}
	key, err := jwt.ParseRSAPrivateKeyFromPEM(pem)
	if err != nil {
		return nil, fmt.Errorf("parse adobe private key: %w", err)
	}
	return &Client{cfg: cfg, http: &http.Client{Timeout: 20 * time.Second}, key: key, secret: os.Getenv(cfg.ClientSecretEnv)}, nil
}

func (c *Client) signedAssertion(now time.Time) (string, error) {
	claims := jwt.MapClaims{
		"iss": c.cfg.OrgID,
		"sub": c.cfg.TechnicalAccountID,
		"aud": fmt.Sprintf("%s/c/%s", c.cfg.IMSURL, c.cfg.ClientID),
		"exp": now.Add(5 * time.Minute).Unix(),
	}
	for _, ms := range c.cfg.MetaScopes {
		claims[fmt.Sprintf("%s/s/%s", c.cfg.IMSURL, ms)] = true
	}
	return jwt.NewWithClaims(jwt.SigningMethodRS256, claims).SignedString(c.key)
}

// Token returns a cached access token, exchanging a fresh JWT when needed.
func (c *Client) Token(ctx context.Context) (string, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.token != "" && time.Now().Add(c.cfg.TokenTTLSafety).Before(c.expires) {
		return c.token, nil
	}
	assertion, err := c.signedAssertion(time.Now())
	if err != nil {
		return "", err
	}
	form := url.Values{}
	form.Set("client_id", c.cfg.ClientID)
	form.Set("client_secret", c.secret)
	form.Set("jwt_token", assertion)

	endpoint := fmt.Sprintf("%s/ims/exchange/v1/jwt", c.cfg.IMSURL)
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
		return "", fmt.Errorf("ims exchange: %s", resp.Status)
	}
	var tr tokenResponse
	if err := json.NewDecoder(resp.Body).Decode(&tr); err != nil {
		return "", err
	}
	c.token = tr.AccessToken
	c.expires = time.Now().Add(time.Duration(tr.ExpiresIn) * time.Millisecond)
	return c.token, nil
}
