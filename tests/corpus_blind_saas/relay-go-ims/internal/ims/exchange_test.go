package ims

import (
	"context"
	"crypto/rand"
	"crypto/rsa"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/fieldnote/relay-go-ims/internal/config"
)

func TestTokenExchange(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/ims/exchange/v1/jwt" {
			t.Fatalf("unexpected path %s", r.URL.Path)
		}
		_ = r.ParseForm()
		if r.PostForm.Get("jwt_token") == "" {
			t.Fatal("missing assertion")
		}
		w.Header().Set("Content-Type", "application/json")
		_, _ = w.Write([]byte(`{"token_type":"bearer","access_token":"fake","expires_in":86399992}`))
	}))
	defer srv.Close()

	key, _ := rsa.GenerateKey(rand.Reader, 2048)
	c := &Client{
		cfg: config.Adobe{
			IMSURL:     srv.URL,
			ClientID:   "test-client",
			MetaScopes: []string{"ent_analytics_bulk_ingest_sdk"},
		},
		http: srv.Client(),
		key:  key,
	}
	tok, err := c.Token(context.Background())
	if err != nil || tok != "fake" {
		t.Fatalf("got %q, %v", tok, err)
	}
	if time.Until(c.expires) < 23*time.Hour {
		t.Fatalf("expiry too short: %v", c.expires)
	}
}
