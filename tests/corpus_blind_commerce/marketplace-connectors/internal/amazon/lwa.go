package amazon

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
)

// LWA fetches Login with Amazon access tokens for the Selling Partner API.
type LWA struct {
	TokenURL string
	HTTP     *http.Client

	mu      sync.Mutex
	token   string
	expires time.Time
}

type lwaResponse struct {
	AccessToken string `json:"access_token"`
	ExpiresIn   int    `json:"expires_in"`
	TokenType   string `json:"token_type"`
}

// Token returns a seller-authorized token (refresh_token grant) or, when scope is set,
// a grantless token (client_credentials grant) for notifications/authorization APIs.
func (l *LWA) Token(ctx context.Context, scope string) (string, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if scope == "" && l.token != "" && time.Until(l.expires) > time.Minute {
		return l.token, nil
	}
	form := url.Values{}
	if scope != "" {
		form.Set("grant_type", "client_credentials")
		form.Set("scope", scope)
	} else {
		form.Set("grant_type", "refresh_token")
		form.Set("refresh_token", os.Getenv("SP_API_REFRESH_TOKEN"))
	}
	form.Set("client_id", os.Getenv("LWA_APP_ID"))
	form.Set("client_secret", os.Getenv("LWA_CLIENT_SECRET"))

	req, _ := http.NewRequestWithContext(ctx, http.MethodPost, l.TokenURL, strings.NewReader(form.Encode()))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	resp, err := l.HTTP.Do(req)
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return "", fmt.Errorf("lwa: %s", resp.Status)
	}
	var r lwaResponse
	if err := json.NewDecoder(resp.Body).Decode(&r); err != nil {
		return "", err
	}
	if scope == "" {
		l.token, l.expires = r.AccessToken, time.Now().Add(time.Duration(r.ExpiresIn)*time.Second)
	}
	return r.AccessToken, nil
}
