package main

import (
	"context"
	"log"
	"net/http"
	"os"
	"time"

	"github.com/acme-retail/marketplace-connectors/internal/amazon"
	"github.com/acme-retail/marketplace-connectors/internal/commerce"
)

func main() {
	ctx := context.Background()
	httpc := &http.Client{Timeout: 30 * time.Second}
	lwa := &amazon.LWA{TokenURL: "https://api.amazon.com/auth/o2/token", HTTP: httpc}
	cc := &commerce.Client{BaseURL: os.Getenv("COMMERCE_BASE_URL"), HTTP: httpc}

	tok, err := lwa.Token(ctx, "")
	if err != nil {
		log.Fatalf("amazon auth: %v", err)
	}
	orders, err := amazon.ListOrders(ctx, httpc, tok, time.Now().Add(-2*time.Hour))
	if err != nil {
		log.Fatalf("list orders: %v", err)
	}
	for _, o := range orders {
		if err := cc.CreateOrder(ctx, o); err != nil {
			log.Printf("order %v: %v", o["AmazonOrderId"], err)
		}
	}
}
