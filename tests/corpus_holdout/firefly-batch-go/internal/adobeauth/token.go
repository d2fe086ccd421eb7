// Package adobeauth fetches and caches Adobe IMS access tokens using the
// OAuth Server-to-Server credential of the "Firefly Batch" console project.
package adobeauth

import (
	"context"
	"encoding/json"
	"fmt"
	"log"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"time"
)

type Config struct {
	BaseURL      string   `toml:"base_url"`
	TokenPath    string   `toml:"token_path"`
	ClientID     string   `toml:"client_id"`
	ClientSecret string   `toml:"-"`
	Scopes       []string `toml:"scopes"`
}

type tokenResponse struct {
	AccessToken string `json:"access_token"`
	TokenType   string `json:"token_type"`
	ExpiresIn   int64  `json:"expires_in"` // seconds
}

type Source struct {
	cfg    Config
	client *http.Client

	mu      sync.Mutex
	token   string
	expires time.Time
}

func NewSource(cfg Config) *Source {
	return &Source{cfg: cfg, client: &http.Client{Timeout: 20 * time.Second}}
}

func (s *Source) fetch(ctx context.Context) (*tokenResponse, error) {
	form := url.Values{}
	form.Set("grant_type", "client_credentials")
	form.Set("client_id", s.cfg.ClientID)
	form.Set("client_secret", s.cfg.ClientSecret)
	form.Set("scope", strings.Join(s.cfg.Scopes, ","))

	endpoint := strings.TrimRight(s.cfg.BaseURL, "/") + s.cfg.TokenPath
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, endpoint, strings.NewReader(form.Encode()))
	if err != nil {
		return nil, err
	}
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")

	var lastErr error
	for attempt := 0; attempt < 3; attempt++ {
		resp, err := s.client.Do(req)
		if err != nil {
			lastErr = err
		} else {
			defer resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				var tr tokenResponse
				if err := json.NewDecoder(resp.Body).Decode(&tr); err != nil {
					return nil, err
				}
				return &tr, nil
			}
			lastErr = fmt.Errorf("ims: unexpected status %d", resp.StatusCode)
		}
		log.Printf("adobeauth: attempt %d failed: %v", attempt+1, lastErr)
		time.Sleep(time.Duration(1<<attempt) * time.Second)
	}
	return nil, lastErr
}

// Token returns a cached token, refreshing it ten minutes before expiry.
func (s *Source) Token(ctx context.Context) (string, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.token != "" && time.Until(s.expires) > 10*time.Minute {
		return s.token, nil
	}
	tr, err := s.fetch(ctx)
	if err != nil {
		return "", err
	}
	s.token = tr.AccessToken
	s.expires = time.Now().Add(time.Duration(tr.ExpiresIn) * time.Second)
	return s.token, nil
}
