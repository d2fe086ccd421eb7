package adobe

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"os"
	"strings"
	"sync"
	"time"

	"github.com/golang-jwt/jwt/v5"

	"github.com/northwind-media/ps-render-worker/internal/config"
)

// TokenSource hands out IMS access tokens for the Photoshop API and caches them.
type TokenSource struct {
	cfg  *config.Config
	http *http.Client

	mu      sync.Mutex
	token   string
	expires time.Time
}

func NewTokenSource(cfg *config.Config) *TokenSource {
	return &TokenSource{cfg: cfg, http: &http.Client{Timeout: 30 * time.Second}}
}

type tokenResponse struct {
	AccessToken string `json:"access_token"`
	TokenType   string `json:"token_type"`
	ExpiresIn   int64  `json:"expires_in"`
}

func (t *TokenSource) signJWT() (string, error) {
	pem, err := os.ReadFile(t.cfg.PrivateKeyFile)
	if err != nil {
		return "", fmt.Errorf("read private key: %w", err)
	}
	key, err := jwt.ParseRSAPrivateKeyFromPEM(pem)
	if err != nil {
		return "", fmt.Errorf("parse private key: %w", err)
	}
	claims := jwt.MapClaims{
		"exp": time.Now().Add(5 * time.Minute).Unix(),
		"iss": t.cfg.OrgID,
		"sub": t.cfg.TechAccountID,
		"aud": fmt.Sprintf("%s/c/%s", t.cfg.IMSHost, t.cfg.ClientID),
	}
	for _, ms := range t.cfg.Metascopes {
		claims[t.cfg.IMSHost+"/s/"+ms] = true
	}
	return jwt.NewWithClaims(jwt.SigningMethodRS256, claims).SignedString(key)
}

// Token returns a cached token or performs a new exchange.
func (t *TokenSource) Token(ctx context.Context) (string, error) {
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.token != "" && time.Until(t.expires) > 10*time.Minute {
		return t.token, nil
	}
	signed, err := t.signJWT()
	if err != nil {
		return "", err
	}
	form := url.Values{}
	form.Set("client_id", t.cfg.ClientID)
	form.Set("client_secret", t.cfg.ClientSecret)
	form.Set("jwt_token", signed)
	endpoint := fmt.Sprintf("%s/ims/exchange/v1/jwt", t.cfg.IMSHost)
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, endpoint, strings.NewReader(form.Encode()))
	if err != nil {
		return "", err
	}
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	resp, err := t.http.Do(req)
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return "", fmt.Errorf("ims: token request failed with %s", resp.Status)
	}
	var tr tokenResponse
	if err := json.NewDecoder(resp.Body).Decode(&tr); err != nil {
		return "", err
	}
	t.token = tr.AccessToken
	t.expires = time.Now().Add(23 * time.Hour)
	return t.token, nil
}
