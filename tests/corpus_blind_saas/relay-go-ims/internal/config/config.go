package config

import (
	"fmt"
	"os"
	"time"

	"gopkg.in/yaml.v3"
)

type TLS struct {
	CertFile string `yaml:"cert_file"`
	KeyFile  string `yaml:"key_file"`
}

type Adobe struct {
	IMSURL             string        `yaml:"ims_url"`
	OrgID              string        `yaml:"org_id"`
	ClientID           string        `yaml:"client_id"`
	ClientSecretEnv    string        `yaml:"client_secret_env"`
	TechnicalAccountID string        `yaml:"technical_account_id"`
	MetaScopes         []string      `yaml:"meta_scopes"`
	PrivateKeyPath     string        `yaml:"private_key_path"`
	TokenTTLSafety     time.Duration `yaml:"token_ttl_safety"`
}

type Analytics struct {
	BaseURL         string `yaml:"base_url"`
	GlobalCompanyID string `yaml:"global_company_id"`
	PageSize        int    `yaml:"page_size"`
}

type Export struct {
	GCSCredentialsFile string `yaml:"gcs_credentials_file"`
	BucketTemplate     string `yaml:"bucket_template"`
}

type Config struct {
	Listen    string    `yaml:"listen"`
	TLS       TLS       `yaml:"tls"`
	Adobe     Adobe     `yaml:"adobe"`
	Analytics Analytics `yaml:"analytics"`
	Export    Export    `yaml:"export"`
}

func Load(path string) (*Config, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var c Config
	if err := yaml.Unmarshal(raw, &c); err != nil {
		return nil, fmt.Errorf("parse %s: %w", path, err)
	}
	if p := os.Getenv("RELAY_ADOBE_PRIVATE_KEY_PATH"); p != "" {
		c.Adobe.PrivateKeyPath = p
	}
	return &c, nil
}
