package main

import (
	"log"
	"net/http"
	"os"

	"gopkg.in/yaml.v3"

	"github.com/meridian-retail/tags-publisher/internal/adobe"
	"github.com/meridian-retail/tags-publisher/internal/webhook"
)

type config struct {
	Adobe   adobe.Credentials `yaml:"adobe"`
	Reactor struct {
		LibraryID string `yaml:"library_id"`
	} `yaml:"reactor"`
	Webhook struct {
		PublicKey string `yaml:"public_key"`
		Listen    string `yaml:"listen"`
	} `yaml:"webhook"`
}

func main() {
	raw, err := os.ReadFile(envOr("PUBLISHER_CONFIG", "config/publisher.yaml"))
	if err != nil {
		log.Fatal(err)
	}
	var cfg config
	if err := yaml.Unmarshal([]byte(os.ExpandEnv(string(raw))), &cfg); err != nil {
		log.Fatal(err)
	}

	verifier, err := webhook.NewVerifierFromFile(cfg.Webhook.PublicKey)
	if err != nil {
		log.Fatal(err)
	}
	reactor := &adobe.Reactor{
		Tokens:   adobe.NewTokenSource(cfg.Adobe, nil),
		ClientID: cfg.Adobe.ClientID,
		OrgID:    cfg.Adobe.OrgID,
		HTTP:     http.DefaultClient,
	}

	http.HandleFunc("/hooks/release", func(w http.ResponseWriter, r *http.Request) {
		if _, err := verifier.Verify(r); err != nil {
			http.Error(w, "unauthorized", http.StatusUnauthorized)
			return
		}
		id, err := reactor.CreateBuild(r.Context(), cfg.Reactor.LibraryID)
		if err != nil {
			http.Error(w, err.Error(), http.StatusBadGateway)
			return
		}
		_, _ = w.Write([]byte(id))
	})
	log.Fatal(http.ListenAndServe(cfg.Webhook.Listen, nil))
}

func envOr(k, def string) string {
	if v := os.Getenv(k); v != "" {
		return v
	}
	return def
}
