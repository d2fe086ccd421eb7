package main

import (
	"context"
	"log"
	"time"

	"cloud.google.com/go/storage"

	"github.com/fieldnote/relay-go-ims/internal/config"
	"github.com/fieldnote/relay-go-ims/internal/ims"
)

func runScheduler(ctx context.Context, tokens *ims.Client, store *storage.Client, cfg *config.Config) {
	t := time.NewTicker(15 * time.Minute)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
			tok, err := tokens.Token(ctx)
			if err != nil {
				log.Printf("adobe token: %v", err)
				continue
			}
			_ = tok // report pulls are dispatched per workspace (see pull.go)
		}
	}
}
