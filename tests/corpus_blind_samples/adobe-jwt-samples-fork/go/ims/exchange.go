package ims

import (
	"crypto/rsa"
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"os"
	"time"

	"github.com/golang-jwt/jwt/v4"
)

// Config holds the values of the Service Account (JWT) credential.
type Config struct {
	IMSHost        string
	ClientID       string
	ClientSecret   string
	OrgID          string
	TechAccountID  string
	MetaScopes     []string
	PrivateKeyPath string
}

func (c Config) signedJWT(key *rsa.PrivateKey) (string, error) {
	claims := jwt.MapClaims{
		"exp": time.Now().Add(5 * time.Minute).Unix(),
		"iss": c.OrgID,
		"sub": c.TechAccountID,
		"aud": fmt.Sprintf("%s/c/%s", c.IMSHost, c.ClientID),
	}
	for _, ms := range c.MetaScopes {
		claims[fmt.Sprintf("%s/s/%s", c.IMSHost, ms)] = true
	}
	return jwt.NewWithClaims(jwt.SigningMethodRS256, claims).SignedString(key)
}

// AccessToken returns an IMS access token and its expiry.
func (c Config) AccessToken() (string, time.Time, error) {
	raw, err := os.ReadFile(c.PrivateKeyPath)
	if err != nil {
		return "", time.Time{}, err
	}
	key, err := jwt.ParseRSAPrivateKeyFromPEM(raw)
	if err != nil {
		return "", time.Time{}, err
	}
	signed, err := c.signedJWT(key)
	if err != nil {
		return "", time.Time{}, err
	}
	form := url.Values{}
	form.Set("client_id", c.ClientID)
	form.Set("client_secret", c.ClientSecret)
	form.Set("jwt_token", signed)
	resp, err := http.PostForm(fmt.Sprintf("%s/ims/exchange/v1/jwt", c.IMSHost), form)
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
	return body.AccessToken, time.Now().Add(time.Duration(body.ExpiresIn) * time.Millisecond), nil
}
