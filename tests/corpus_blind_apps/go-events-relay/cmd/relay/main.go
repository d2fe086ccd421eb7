package main

import (
	"context"
	"flag"
	"log"
	"os"
	"os/signal"

	"github.com/acme-platform/events-relay/internal/config"
	"github.com/acme-platform/events-relay/internal/ims"
	"github.com/acme-platform/events-relay/internal/journal"
)

func main() {
	path := flag.String("config", "config.yaml", "config file")
	flag.Parse()

	cfg, err := config.Load(*path)
	if err != nil {
		log.Fatalf("config: %v", err)
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()

	tokens := ims.New(cfg.IMS, os.Getenv(cfg.IMS.ClientSecretEnv))
	poller := journal.NewPoller(cfg.Journal, tokens, cfg.IMS.ClientID)
	if err := poller.Run(ctx, journal.Forwarder(cfg.Downstream)); err != nil && ctx.Err() == nil {
		log.Fatal(err)
	}
}
