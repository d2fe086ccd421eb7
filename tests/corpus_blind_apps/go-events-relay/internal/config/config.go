package config

import (
	"os"
	"time"

	"gopkg.in/yaml.v3"
)

type IMS struct {
	Host            string   `yaml:"host"`
	TokenPath       string   `yaml:"token_path"`
	ClientID        string   `yaml:"client_id"`
	ClientSecretEnv string   `yaml:"client_secret_env"`
	OrgID           string   `yaml:"org_id"`
	Scopes          []string `yaml:"scopes"`
}

type Journal struct {
	URL          string        `yaml:"url"`
	PollInterval time.Duration `yaml:"poll_interval"`
}

type Downstream struct {
	URL           string `yaml:"url"`
	Audience      string `yaml:"audience"`
	SigningKeyEnv string `yaml:"signing_key_env"`
}

type Config struct {
	Listen     string     `yaml:"listen"`
	IMS        IMS        `yaml:"ims"`
	Journal    Journal    `yaml:"journal"`
	Downstream Downstream `yaml:"downstream"`
}

func Load(path string) (*Config, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var c Config
	return &c, yaml.Unmarshal(raw, &c)
}
