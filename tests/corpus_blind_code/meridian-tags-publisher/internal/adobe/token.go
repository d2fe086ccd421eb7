// Package adobe talks to Adobe IMS and the Reactor (Tags) API.
package adobe

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"time"
)

const (
	defaultIMSHost = "https://ims-na1.adobelogin.com"
	tokenPath      = "/ims/token/v3"
)

// Credentials of the OAuth Server-to-Server credential in the Console project.
type Credentials struct {
	IMSHost      string   `yaml:"ims_host"`
	ClientID     string   `yaml:"client_id"`
	ClientSecret string   `yaml:"client_secret"`
	OrgID        string   `yaml:"org_id"`
	Scopes       []string `yaml:"scopes"`
}

type tokenResponse struct {
	AccessToken string `json:"access_token"`
	TokenType   string `json:"token_type"`
	ExpiresIn   int64  `json:"expires_in"`
}

// TokenSource caches an access token until shortly before it expires.
type TokenSource struct {
	cfg    Credentials
	client *http.Client

	mu     sync.Mutex
	token  string
	expiry time.Time
}

func NewTokenSource(cfg Credentials, client *http.Client) *TokenSource {
	if client == nil {
		client = &http.Client{Timeout: 20 * time.Second}
	}
	return &TokenSource{cfg: cfg, client: client}
}

func (t *TokenSource) host() string {
	if t.cfg.IMSHost != "" {
		return strings.TrimRight(t.cfg.IMSHost, "/")
	}
	return defaultIMSHost
}

// Token returns a valid access token, requesting a new one when needed.
func (t *TokenSource) Token(ctx context.Context) (string, error) {
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.token != "" && time.Until(t.expiry) > 2*time.Minute {
		return t.token, nil
	}

	form := url.Values{}
	form.Set("grant_type", "client_credentials")
	form.Set("client_id", t.cfg.ClientID)
	form.Set("client_secret", t.cfg.ClientSecret)
	form.Set("scope", strings.Join(t.cfg.Scopes, ","))

	req, err := http.NewRequestWithContext(ctx, http.MethodPost, fmt.Sprintf("%s%s", t.host(), tokenPath), strings.NewReader(form.Encode()))
	if err != nil {
		return "", err
	}
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")

	resp, err := t.client.Do(req)
	if err != nil {
		return "", fmt.Errorf("ims token: %w", err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return "", fmt.Errorf("ims token: unexpected status %s", resp.Status)
	}

	var tr tokenResponse
	if err := json.NewDecoder(resp.Body).Decode(&tr); err != nil {
		return "", fmt.Errorf("ims token: decode: %w", err)
	}
	t.token = tr.AccessToken
	t.expiry = time.Now().Add(time.Duration(tr.ExpiresIn) * time.Second)
	return t.token, nil
}
