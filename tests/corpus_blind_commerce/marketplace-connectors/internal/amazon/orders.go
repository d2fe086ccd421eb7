package amazon

import (
	"context"
	"encoding/json"
	"net/http"
	"time"
)

// ListOrders returns the orders created after the given time (Orders API v0).
func ListOrders(ctx context.Context, c *http.Client, token string, after time.Time) ([]map[string]any, error) {
	req, _ := http.NewRequestWithContext(ctx, http.MethodGet,
		"https://sellingpartnerapi-eu.amazon.com/orders/v0/orders?MarketplaceIds=A1PA6795UKMFR9&CreatedAfter="+
			after.UTC().Format(time.RFC3339), nil)
	req.Header.Set("x-amz-access-token", token)
	resp, err := c.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var body struct {
		Payload struct {
			Orders []map[string]any `json:"Orders"`
		} `json:"payload"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&body); err != nil {
		return nil, err
	}
	return body.Payload.Orders, nil
}
