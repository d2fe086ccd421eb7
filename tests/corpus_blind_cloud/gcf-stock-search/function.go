// Package stocksearch is the HTTP entry point for the stock-search function.
package stocksearch

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"log"
	"net/http"
	"net/url"
	"os"

	"github.com/GoogleCloudPlatform/functions-framework-go/functions"
	"google.golang.org/api/idtoken"

	"example.com/stock-search/ims"
)

const stockAPI = "https://stock.adobe.io/Rest/Media/1/Search/Files"

var tokens *ims.TokenSource

func init() {
	functions.HTTP("SearchStock", searchStock)
	tokens = ims.NewTokenSource(ims.Config{
		ClientID:      os.Getenv("ADOBE_CLIENT_ID"),
		ClientSecret:  os.Getenv("ADOBE_CLIENT_SECRET"),
		OrgID:         os.Getenv("ADOBE_ORG_ID"),
		TechAccountID: os.Getenv("ADOBE_TECH_ACCOUNT_ID"),
		MetaScope:     os.Getenv("ADOBE_METASCOPE"),
		PrivateKeyPEM: []byte(os.Getenv("ADOBE_PRIVATE_KEY")),
	})
}

func searchStock(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query().Get("q")
	if q == "" {
		http.Error(w, "missing q", http.StatusBadRequest)
		return
	}
	tok, err := tokens.Token(r.Context())
	if err != nil {
		log.Printf("ims: %v", err)
		http.Error(w, "upstream auth failed", http.StatusBadGateway)
		return
	}

	params := url.Values{}
	params.Set("search_parameters[words]", q)
	params.Set("search_parameters[limit]", "32")
	req, _ := http.NewRequestWithContext(r.Context(), http.MethodGet, stockAPI+"?"+params.Encode(), nil)
	req.Header.Set("Authorization", "Bearer "+tok)
	req.Header.Set("x-api-key", os.Getenv("ADOBE_CLIENT_ID"))
	req.Header.Set("x-product", os.Getenv("STOCK_PRODUCT"))
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadGateway)
		return
	}
	defer resp.Body.Close()

	if err := audit(r.Context(), q); err != nil {
		log.Printf("audit: %v", err)
	}
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(resp.StatusCode)
	_, _ = bytes.NewBuffer(nil).ReadFrom(resp.Body)
}

// audit calls the private audit-svc on Cloud Run with a Google-signed ID token
// for the function's service account.
func audit(ctx context.Context, query string) error {
	target := os.Getenv("AUDIT_SERVICE_URL")
	client, err := idtoken.NewClient(ctx, target)
	if err != nil {
		return fmt.Errorf("idtoken client: %w", err)
	}
	body, _ := json.Marshal(map[string]string{"source": "stock-search", "query": query})
	resp, err := client.Post(target+"/v1/events", "application/json", bytes.NewReader(body))
	if err != nil {
		return err
	}
	return resp.Body.Close()
}
