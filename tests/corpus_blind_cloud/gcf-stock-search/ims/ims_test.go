package ims

import (
	"context"
	"crypto/rand"
	"crypto/rsa"
	"crypto/x509"
	"encoding/pem"
	"net/http"
	"net/http/httptest"
	"testing"
)

func testKey(t *testing.T) []byte {
	t.Helper()
	k, err := rsa.GenerateKey(rand.Reader, 2048)
	if err != nil {
		t.Fatal(err)
	}
	return pem.EncodeToMemory(&pem.Block{Type: "RSA PRIVATE KEY", Bytes: x509.MarshalPKCS1PrivateKey(k)})
}

func TestTokenIsCached(t *testing.T) {
	calls := 0
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		calls++
		if r.URL.Path != "/ims/exchange/v1/jwt" {
			t.Errorf("unexpected path %s", r.URL.Path)
		}
		if r.FormValue("jwt_token") == "" {
			t.Error("missing jwt_token")
		}
		w.Header().Set("Content-Type", "application/json")
		_, _ = w.Write([]byte(`{"access_token":"abc","token_type":"bearer","expires_in":3600000}`))
	}))
	defer srv.Close()

	ts := NewTokenSource(Config{ClientID: "cid", ClientSecret: "sec", PrivateKeyPEM: testKey(t), IMSHost: srv.URL})
	for i := 0; i < 3; i++ {
		tok, err := ts.Token(context.Background())
		if err != nil || tok != "abc" {
			t.Fatalf("got %q, %v", tok, err)
		}
	}
	if calls != 1 {
		t.Fatalf("expected 1 IMS call, got %d", calls)
	}
}
