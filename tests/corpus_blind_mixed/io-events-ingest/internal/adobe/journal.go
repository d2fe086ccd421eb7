package adobe

import (
	"encoding/json"
	"fmt"
	"net/http"
)

type apiClient struct {
	http    *http.Client
	apiKey  string
	journal string
}

type JournalPage struct {
	Events []json.RawMessage `json:"events"`
	Next   string
}

// Poll reads the next page of the I/O Events journal.
func (c *apiClient) Poll(next string) (*JournalPage, error) {
	u := c.journal
	if next != "" {
		u = next
	}
	req, err := http.NewRequest(http.MethodGet, u, nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("x-api-key", c.apiKey)
	resp, err := c.http.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode == http.StatusNoContent {
		return &JournalPage{}, nil
	}
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("journal: %s", resp.Status)
	}
	var page JournalPage
	if err := json.NewDecoder(resp.Body).Decode(&page); err != nil {
		return nil, err
	}
	page.Next = resp.Header.Get("Link")
	return &page, nil
}
