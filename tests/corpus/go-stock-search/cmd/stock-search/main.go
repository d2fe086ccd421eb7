package main

import (
	"context"
	"fmt"
	"net/http"
	"net/url"
	"os"

	"gopkg.in/yaml.v3"

	"github.com/acme/stock-search/internal/adobeio"
)

type fileConfig struct {
	Adobe adobeio.Config `yaml:"adobe"`
	Stock struct {
		API     string `yaml:"api"`
		Product string `yaml:"product"`
	} `yaml:"stock"`
}

func main() {
	raw, err := os.ReadFile("config/stock.yaml")
	if err != nil {
		panic(err)
	}
	var cfg fileConfig
	if err := yaml.Unmarshal([]byte(os.ExpandEnv(string(raw))), &cfg); err != nil {
		panic(err)
	}
	token, _, err := cfg.Adobe.AccessToken(context.Background())
	if err != nil {
		panic(err)
	}
	q := url.Values{"search_parameters[words]": {os.Args[1]}, "search_parameters[limit]": {"10"}}
	req, _ := http.NewRequest(http.MethodGet, cfg.Stock.API+"?"+q.Encode(), nil)
	req.Header.Set("x-api-key", cfg.Adobe.ClientID)
	req.Header.Set("x-product", cfg.Stock.Product)
	req.Header.Set("Authorization", "Bearer "+token)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		panic(err)
	}
	fmt.Println(resp.Status)
}
