// Package adobeio gets Adobe IMS access tokens for the Stock API.
package adobeio

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"os"
	"strings"
	"time"

	"github.com/golang-jwt/jwt/v5"
)

// Config holds the Service Account (JWT) credential from the Developer Console.
type Config struct {
	IMSURL         string `yaml:"ims_url"`
	ClientID       string `yaml:"client_id"`
	ClientSecret   string `yaml:"client_secret"`
	OrgID          string `yaml:"org_id"`
	TechAccountID  string `yaml:"technical_account_id"`
	PrivateKeyPath string `yaml:"private_key_path"`
}

func (c Config) exchangeURL() string {
	return fmt.Sprintf("%s/ims/exchange/v1/jwt", c.IMSURL)
}

func (c Config) signedJWT() (string, error) {
	pemBytes, err := os.ReadFile(c.PrivateKeyPath)
	if err != nil {
		return "", err
	}
	key, err := jwt.ParseRSAPrivateKeyFromPEM(pemBytes)
	if err != nil {
		return "", err
	}
	claims := jwt.MapClaims{
		"exp": time.Now().Add(5 * time.Minute).Unix(),
		"iss": c.OrgID,
		"sub": c.TechAccountID,
		"aud": c.IMSURL + "/c/" + c.ClientID,
		c.IMSURL + "/s/ent_stocksearch_sdk": true,
	}
	return jwt.NewWithClaims(jwt.SigningMethodRS256, claims).SignedString(key)
}

// AccessToken exchanges a freshly signed JWT for an access token.
func (c Config) AccessToken(ctx context.Context) (string, time.Time, error) {
	tok, err := c.signedJWT()
	if err != nil {
		return "", time.Time{}, err
	}
	form := url.Values{}
	form.Set("client_id", c.ClientID)
	form.Set("client_secret", c.ClientSecret)
	form.Set("jwt_token", tok)
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.exchangeURL(), strings.NewReader(form.Encode()))
	if err != nil {
		return "", time.Time{}, err
	}
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return "", time.Time{}, err
	}
	defer resp.Body.Close()
	var body struct {
		AccessToken string `json:"access_token"`
		ExpiresIn   int64  `json:"expires_in"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&body); err != nil {
		return "", time.Time{}, err
	}
	return body.AccessToken, time.Now().Add(time.Duration(body.ExpiresIn/1000) * time.Second), nil
}
