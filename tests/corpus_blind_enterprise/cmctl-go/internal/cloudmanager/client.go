package cloudmanager

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"

	"github.acme.example/platform/cmctl/internal/ims"
)

const baseURL = "https://cloudmanager.adobe.io"

type Client struct {
	IMS    *ims.Client
	OrgID  string
	APIKey string
}

type Pipeline struct {
	ID     string `json:"id"`
	Name   string `json:"name"`
	Status string `json:"status"`
}

func (c *Client) Pipelines(ctx context.Context, programID string) ([]Pipeline, error) {
	tok, err := c.IMS.Token(ctx)
	if err != nil {
		return nil, err
	}
	req, _ := http.NewRequestWithContext(ctx, http.MethodGet, fmt.Sprintf("%s/api/program/%s/pipelines", baseURL, programID), nil)
	req.Header.Set("Authorization", "Bearer "+tok)
	req.Header.Set("x-api-key", c.APIKey)
	req.Header.Set("x-gw-ims-org-id", c.OrgID)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var out struct {
		Embedded struct {
			Pipelines []Pipeline `json:"pipelines"`
		} `json:"_embedded"`
	}
	return out.Embedded.Pipelines, json.NewDecoder(resp.Body).Decode(&out)
}
