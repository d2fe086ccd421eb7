package campaign

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
)

// Profile is the subset of a Campaign Standard profile we sync.
type Profile struct {
	PKey      string `json:"PKey"`
	Email     string `json:"email"`
	Mobile    string `json:"mobilePhone"`
	FirstName string `json:"firstName"`
	Consent   bool   `json:"cusSmsConsent"`
}

type Tokener interface {
	Token(ctx context.Context) (string, error)
}

type Client struct {
	Tenant   string
	ClientID string
	OrgID    string
	Auth     Tokener
	HTTP     *http.Client
}

// ChangedSince lists profiles modified after the given ISO timestamp.
func (c *Client) ChangedSince(ctx context.Context, since string) ([]Profile, error) {
	tok, err := c.Auth.Token(ctx)
	if err != nil {
		return nil, err
	}
	u := fmt.Sprintf("https://mc.adobe.io/%s/campaign/profileAndServices/profile/byLastModified?lastModified=%s&_lineCount=100",
		c.Tenant, url.QueryEscape(since))
	req, _ := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
	req.Header.Set("Authorization", "Bearer "+tok)
	req.Header.Set("X-Api-Key", c.ClientID)
	req.Header.Set("x-gw-ims-org-id", c.OrgID)
	resp, err := c.HTTP.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var body struct {
		Content []Profile `json:"content"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&body); err != nil {
		return nil, err
	}
	return body.Content, nil
}
