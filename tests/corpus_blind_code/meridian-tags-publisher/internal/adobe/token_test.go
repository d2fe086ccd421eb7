package adobe

import (
	"context"
	"net/http"
	"net/http/httptest"
	"testing"
)

func TestTokenUsesClientCredentials(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if err := r.ParseForm(); err != nil {
			t.Fatal(err)
		}
		if r.Form.Get("grant_type") != "client_credentials" {
			t.Errorf("grant_type = %q", r.Form.Get("grant_type"))
		}
		if r.URL.Path != tokenPath {
			t.Errorf("path = %q", r.URL.Path)
		}
		w.Header().Set("Content-Type", "application/json")
		_, _ = w.Write([]byte(`{"access_token":"abc","token_type":"bearer","expires_in":86399}`))
	}))
	defer srv.Close()

	ts := NewTokenSource(Credentials{IMSHost: srv.URL, ClientID: "cid", ClientSecret: "s", Scopes: []string{"scope_a"}}, srv.Client())
	tok, err := ts.Token(context.Background())
	if err != nil || tok != "abc" {
		t.Fatalf("token = %q, err = %v", tok, err)
	}
}
