package journal

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"strconv"
	"time"

	"github.com/acme-platform/events-relay/internal/config"
)

type TokenSource interface {
	Token(ctx context.Context) (string, error)
}

type Poller struct {
	cfg    config.Journal
	tokens TokenSource
	apiKey string
	http   *http.Client
}

func NewPoller(cfg config.Journal, tokens TokenSource, apiKey string) *Poller {
	return &Poller{cfg: cfg, tokens: tokens, apiKey: apiKey, http: &http.Client{Timeout: 30 * time.Second}}
}

type page struct {
	Events []json.RawMessage `json:"events"`
	Page   struct {
		Next string `json:"next"`
	} `json:"_page"`
}

func (p *Poller) Run(ctx context.Context, handle func(context.Context, json.RawMessage) error) error {
	next := p.cfg.URL
	for ctx.Err() == nil {
		tok, err := p.tokens.Token(ctx)
		if err != nil {
			return err
		}
		req, _ := http.NewRequestWithContext(ctx, http.MethodGet, next, nil)
		req.Header.Set("Authorization", "Bearer "+tok)
		req.Header.Set("x-api-key", p.apiKey)
		resp, err := p.http.Do(req)
		if err != nil {
			return err
		}
		if resp.StatusCode == http.StatusNoContent {
			resp.Body.Close()
			wait, _ := strconv.Atoi(resp.Header.Get("retry-after"))
			if wait == 0 {
				wait = int(p.cfg.PollInterval.Seconds())
			}
			time.Sleep(time.Duration(wait) * time.Second)
			continue
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		var pg page
		if err := json.NewDecoder(bytes.NewReader(body)).Decode(&pg); err != nil {
			return err
		}
		for _, ev := range pg.Events {
			if err := handle(ctx, ev); err != nil {
				return err
			}
		}
		if pg.Page.Next != "" {
			next = pg.Page.Next
		}
	}
	return ctx.Err()
}
