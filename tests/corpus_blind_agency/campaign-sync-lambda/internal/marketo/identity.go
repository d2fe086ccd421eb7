package marketo

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
)

// Token gets a Marketo REST token (Marketo's own identity service, LaunchPoint custom service).
func Token(ctx context.Context, hc *http.Client, munchkin, clientID, clientSecret string) (string, error) {
	u := fmt.Sprintf("https://%s.mktorest.com/identity/oauth/token?grant_type=client_credentials&client_id=%s&client_secret=%s",
		munchkin, clientID, clientSecret)
	req, _ := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
	resp, err := hc.Do(req)
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	var body struct {
		AccessToken string `json:"access_token"`
		ExpiresIn   int    `json:"expires_in"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&body); err != nil {
		return "", err
	}
	return body.AccessToken, nil
}
