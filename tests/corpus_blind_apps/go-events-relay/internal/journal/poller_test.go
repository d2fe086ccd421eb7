package journal

import (
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/acme-platform/events-relay/internal/config"
)

type staticToken string

func (s staticToken) Token(context.Context) (string, error) { return string(s), nil }

func TestPollerDeliversEvents(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("Authorization") != "Bearer test" {
			t.Fatalf("missing bearer token")
		}
		w.Write([]byte(`{"events":[{"event_id":"1"},{"event_id":"2"}],"_page":{}}`))
	}))
	defer srv.Close()

	ctx, cancel := context.WithTimeout(context.Background(), 200*time.Millisecond)
	defer cancel()
	seen := 0
	p := NewPoller(config.Journal{URL: srv.URL, PollInterval: time.Second}, staticToken("test"), "key")
	_ = p.Run(ctx, func(context.Context, json.RawMessage) error {
		seen++
		if seen == 2 {
			cancel()
		}
		return nil
	})
	if seen < 2 {
		t.Fatalf("got %d events", seen)
	}
}
