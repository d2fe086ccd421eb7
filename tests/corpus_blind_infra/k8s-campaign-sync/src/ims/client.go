package ims

import (
	"context"
	"crypto/x509"
	"encoding/json"
	"encoding/pem"
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"time"

	"github.com/golang-jwt/jwt/v5"
)

const defaultTokenURL = "https://ims-na1.adobelogin.com/ims/token/v3"

type Config struct {
	AuthMode      string // "jwt" or "client_credentials"
	Host          string
	ExchangeURL   string
	TokenURL      string
	ClientID      string
	ClientSecret  string
	OrgID         string
	TechAccountID string
	Metascope     string
	PrivateKeyPEM []byte
	Scopes        string
}

type Client struct {
	cfg    Config
	http   *http.Client
	mu     sync.Mutex
	token  string
	expiry time.Time
}

type tokenResponse struct {
	AccessToken string `json:"access_token"`
	TokenType   string `json:"token_type"`
	ExpiresIn   int64  `json:"expires_in"`
}

func New(cfg Config) *Client {
	if cfg.TokenURL == "" {
		cfg.TokenURL = defaultTokenURL
	}
	if cfg.ExchangeURL == "" {
		cfg.ExchangeURL = strings.TrimRight(cfg.Host, "/") + "/ims/exchange/jwt/"
	}
	return &Client{cfg: cfg, http: &http.Client{Timeout: 20 * time.Second}}
}

func (c *Client) Token(ctx context.Context) (string, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.token != "" && time.Until(c.expiry) > 2*time.Minute {
		return c.token, nil
	}
	switch c.cfg.AuthMode {
	case "jwt":
		return c.exchangeJWT(ctx)
	default:
		return c.clientCredentials(ctx)
	}
}

// exchangeJWT: legacy Service Account flow, prod only. Remove after MKT-771.
func (c *Client) exchangeJWT(ctx context.Context) (string, error) {
	block, _ := pem.Decode(c.cfg.PrivateKeyPEM)
	if block == nil {
		return "", fmt.Errorf("ims: no PEM block in private key")
	}
	key, err := x509.ParsePKCS1PrivateKey(block.Bytes)
	if err != nil {
		return "", err
	}
	claims := jwt.MapClaims{
		"exp":           time.Now().Add(5 * time.Minute).Unix(),
		"iss":           c.cfg.OrgID,
		"sub":           c.cfg.TechAccountID,
		"aud":           fmt.Sprintf("%s/c/%s", c.cfg.Host, c.cfg.ClientID),
		c.cfg.Metascope: true,
	}
	signed, err := jwt.NewWithClaims(jwt.SigningMethodRS256, claims).SignedString(key)
	if err != nil {
		return "", err
	}
	form := url.Values{
		"client_id":     {c.cfg.ClientID},
		"client_secret": {c.cfg.ClientSecret},
		"jwt_token":     {signed},
	}
	var tr tokenResponse
	if err := c.post(ctx, c.cfg.ExchangeURL, form, &tr); err != nil {
		return "", err
	}
	c.token = tr.AccessToken
	c.expiry = time.Now().Add(time.Duration(tr.ExpiresIn) * time.Millisecond)
	return c.token, nil
}

func (c *Client) clientCredentials(ctx context.Context) (string, error) {
	form := url.Values{
		"grant_type":    {"client_credentials"},
		"client_id":     {c.cfg.ClientID},
		"client_secret": {c.cfg.ClientSecret},
		"scope":         {c.cfg.Scopes},
	}
	var tr tokenResponse
	if err := c.post(ctx, c.cfg.TokenURL, form, &tr); err != nil {
		return "", err
	}
	c.token = tr.AccessToken
	c.expiry = time.Now().Add(time.Duration(tr.ExpiresIn) * time.Second)
	return c.token, nil
}

func (c *Client) post(ctx context.Context, endpoint string, form url.Values, out any) error {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, endpoint, strings.NewReader(form.Encode()))
	if err != nil {
		return err
	}
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	resp, err := c.http.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("ims: %s returned %s", endpoint, resp.Status)
	}
	return json.NewDecoder(resp.Body).Decode(out)
}
