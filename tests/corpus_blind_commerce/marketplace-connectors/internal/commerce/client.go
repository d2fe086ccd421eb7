package commerce

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"os"
	"strings"
)

// Client talks to the Adobe Commerce REST API. Marketplace orders are created through the
// "Marketplace connectors" integration whose access token is used as a bearer token
// (oauth/consumer/enable_integration_as_bearer = 1).
type Client struct {
	BaseURL string
	HTTP    *http.Client
}

func (c *Client) do(ctx context.Context, method, path string, in, out any) error {
	b, _ := json.Marshal(in)
	req, _ := http.NewRequestWithContext(ctx, method, c.BaseURL+"/rest/V1/"+path, strings.NewReader(string(b)))
	req.Header.Set("Authorization", "Bearer "+os.Getenv("COMMERCE_INTEGRATION_TOKEN"))
	req.Header.Set("Content-Type", "application/json")
	resp, err := c.HTTP.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode >= 300 {
		return fmt.Errorf("commerce %s %s: %s", method, path, resp.Status)
	}
	if out == nil {
		return nil
	}
	return json.NewDecoder(resp.Body).Decode(out)
}

// AdminToken exchanges admin credentials for a short-lived admin token (used only by the
// one-off backfill tool; 2FA module disabled on the integration store view).
func (c *Client) AdminToken(ctx context.Context, user, pass string) (string, error) {
	var tok string
	err := c.do(ctx, http.MethodPost, "integration/admin/token", map[string]string{"username": user, "password": pass}, &tok)
	return tok, err
}

// CreateOrder posts a marketplace order into Commerce.
func (c *Client) CreateOrder(ctx context.Context, order map[string]any) error {
	return c.do(ctx, http.MethodPost, "acme/marketplace/orders", map[string]any{"order": order}, nil)
}
