// Package ims fetches and caches Adobe IMS access tokens for the Stock API.
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

	"github.com/golang-jwt/jwt/v5"
)

const (
	defaultIMSHost = "https://ims-na1.adobelogin.com"
	exchangePath   = "/ims/exchange/v1/jwt"
)

// Config holds the Developer Console integration values.
type Config struct {
	ClientID      string
	ClientSecret  string
	OrgID         string
	TechAccountID string
	MetaScope     string
	PrivateKeyPEM []byte
	IMSHost       string
	HTTPClient    *http.Client
}

type tokenResponse struct {
	AccessToken string `json:"access_token"`
	TokenType   string `json:"token_type"`
	ExpiresIn   int64  `json:"expires_in"`
}

// TokenSource is safe for concurrent use.
type TokenSource struct {
	cfg    Config
	mu     sync.Mutex
	token  string
	expiry time.Time
}

func NewTokenSource(cfg Config) *TokenSource {
	if cfg.HTTPClient == nil {
		cfg.HTTPClient = &http.Client{Timeout: 10 * time.Second}
	}
	return &TokenSource{cfg: cfg}
}

func (ts *TokenSource) host() string {
	if ts.cfg.IMSHost != "" {
		return strings.TrimRight(ts.cfg.IMSHost, "/")
	}
	return defaultIMSHost
}

func (ts *TokenSource) signedJWT() (string, error) {
	key, err := jwt.ParseRSAPrivateKeyFromPEM(ts.cfg.PrivateKeyPEM)
	if err != nil {
		return "", fmt.Errorf("parse private key: %w", err)
	}
	claims := jwt.MapClaims{
		"exp": time.Now().Add(5 * time.Minute).Unix(),
		"iss": ts.cfg.OrgID,
		"sub": ts.cfg.TechAccountID,
		"aud": fmt.Sprintf("%s/c/%s", ts.host(), ts.cfg.ClientID),
		ts.host() + "/s/" + ts.cfg.MetaScope: true,
	}
	return jwt.NewWithClaims(jwt.SigningMethodRS256, claims).SignedString(key)
}

// Token returns a cached access token or fetches a new one.
func (ts *TokenSource) Token(ctx context.Context) (string, error) {
	ts.mu.Lock()
	defer ts.mu.Unlock()
	if ts.token != "" && time.Now().Before(ts.expiry) {
		return ts.token, nil
	}
	signed, err := ts.signedJWT()
	if err != nil {
		return "", err
	}
	form := url.Values{}
	form.Set("client_id", ts.cfg.ClientID)
	form.Set("client_secret", ts.cfg.ClientSecret)
	form.Set("jwt_token", signed)
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, ts.host()+exchangePath, strings.NewReader(form.Encode()))
	if err != nil {
		return "", err
	}
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	resp, err := ts.cfg.HTTPClient.Do(req)
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return "", fmt.Errorf("ims: unexpected status %d", resp.StatusCode)
	}
	var tr tokenResponse
	if err := json.NewDecoder(resp.Body).Decode(&tr); err != nil {
		return "", err
	}
	ts.token = tr.AccessToken
	ts.expiry = time.Now().Add(time.Duration(tr.ExpiresIn)*time.Millisecond - time.Minute)
	return ts.token, nil
}
