package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"log"
	"net/http"
	"os"

	"github.com/BurntSushi/toml"
	"golang.org/x/sync/errgroup"

	"github.com/examplecorp/firefly-batch/internal/adobeauth"
)

type fileConfig struct {
	IMS     adobeauth.Config `toml:"ims"`
	Firefly struct {
		Endpoint    string `toml:"endpoint"`
		Concurrency int    `toml:"concurrency"`
		OutputDir   string `toml:"output_dir"`
	} `toml:"firefly"`
}

func main() {
	cfgPath := flag.String("config", "config.toml", "config file")
	prompts := flag.String("prompts", "prompts.txt", "one prompt per line")
	flag.Parse()

	var cfg fileConfig
	if _, err := toml.DecodeFile(*cfgPath, &cfg); err != nil {
		log.Fatal(err)
	}
	cfg.IMS.ClientSecret = os.Getenv("FIREFLY_CLIENT_SECRET")
	tokens := adobeauth.NewSource(cfg.IMS)

	f, err := os.Open(*prompts)
	if err != nil {
		log.Fatal(err)
	}
	defer f.Close()

	g, ctx := errgroup.WithContext(context.Background())
	g.SetLimit(cfg.Firefly.Concurrency)
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		prompt := sc.Text()
		g.Go(func() error {
			tok, err := tokens.Token(ctx)
			if err != nil {
				return err
			}
			body, _ := json.Marshal(map[string]any{"prompt": prompt, "numVariations": 1})
			req, _ := http.NewRequestWithContext(ctx, http.MethodPost, cfg.Firefly.Endpoint, bytes.NewReader(body))
			req.Header.Set("Authorization", "Bearer "+tok)
			req.Header.Set("x-api-key", cfg.IMS.ClientID)
			req.Header.Set("Content-Type", "application/json")
			resp, err := http.DefaultClient.Do(req)
			if err != nil {
				return err
			}
			defer resp.Body.Close()
			log.Printf("%q -> %s", prompt, resp.Status)
			return nil
		})
	}
	if err := g.Wait(); err != nil {
		log.Fatal(err)
	}
}
