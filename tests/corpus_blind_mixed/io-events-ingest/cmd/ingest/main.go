package main

import (
	"context"
	"flag"
	"log"
	"time"

	"github.com/acme-data/io-events-ingest/internal/adobe"
)

func main() {
	cfgPath := flag.String("config", "config/ingest.toml", "path to config")
	flag.Parse()

	cfg, err := adobe.Load(*cfgPath)
	if err != nil {
		log.Fatal(err)
	}
	ctx := context.Background()
	client := adobe.Client(ctx, cfg)
	next := ""
	for {
		page, err := client.Poll(next)
		if err != nil {
			log.Printf("poll: %v", err)
			time.Sleep(10 * time.Second)
			continue
		}
		log.Printf("got %d events", len(page.Events))
		next = page.Next
		if len(page.Events) == 0 {
			time.Sleep(5 * time.Second)
		}
	}
}
