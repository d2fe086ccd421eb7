package main

import (
	"context"
	"flag"
	"log"
	"os/signal"
	"syscall"

	"github.com/fieldnote/relay-go-ims/internal/config"
	"github.com/fieldnote/relay-go-ims/internal/gcs"
	"github.com/fieldnote/relay-go-ims/internal/ims"
	"github.com/fieldnote/relay-go-ims/internal/server"
)

func main() {
	cfgPath := flag.String("config", "config/relay.yaml", "path to relay config")
	flag.Parse()

	cfg, err := config.Load(*cfgPath)
	if err != nil {
		log.Fatalf("config: %v", err)
	}
	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGINT, syscall.SIGTERM)
	defer stop()

	imsClient, err := ims.New(cfg.Adobe)
	if err != nil {
		log.Fatalf("ims: %v", err)
	}
	if _, err := imsClient.Token(ctx); err != nil {
		log.Fatalf("initial adobe token: %v", err)
	}
	store, err := gcs.NewClient(ctx, cfg.Export.GCSCredentialsFile)
	if err != nil {
		log.Fatalf("gcs: %v", err)
	}
	defer store.Close()

	go func() {
		if err := server.ListenTLS(cfg.Listen, cfg.TLS.CertFile, cfg.TLS.KeyFile); err != nil {
			log.Printf("https listener stopped: %v", err)
			stop()
		}
	}()
	runScheduler(ctx, imsClient, store, cfg)
}
