// tokencheck verifies that the IMS credential in the environment can mint a token.
// Used by the on-call runbook and the CI smoke stage.
package main

import (
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"os"
	"strings"
)

func main() {
	form := url.Values{}
	form.Set("grant_type", "client_credentials")
	form.Set("client_id", os.Getenv("ADOBE_CLIENT_ID"))
	form.Set("client_secret", os.Getenv("ADOBE_CLIENT_SECRET"))
	form.Set("scope", os.Getenv("ADOBE_SCOPES"))

	resp, err := http.Post("https://ims-na1.adobelogin.com/ims/token/v3", "application/x-www-form-urlencoded", strings.NewReader(form.Encode()))
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	defer resp.Body.Close()
	var body struct {
		ExpiresIn int    `json:"expires_in"`
		TokenType string `json:"token_type"`
	}
	_ = json.NewDecoder(resp.Body).Decode(&body)
	fmt.Printf("status=%d type=%s valid_for=%ds\n", resp.StatusCode, body.TokenType, body.ExpiresIn)
	if resp.StatusCode != http.StatusOK {
		os.Exit(2)
	}
}
