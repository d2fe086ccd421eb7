package config

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
)

// Context mirrors the aio-cli-plugin-cloudmanager context file so teams can reuse it.
type Context struct {
	ClientID              string   `json:"client_id"`
	ClientSecrets         []string `json:"client_secrets"`
	TechnicalAccountID    string   `json:"technical_account_id"`
	TechnicalAccountEmail string   `json:"technical_account_email"`
	IMSOrgID              string   `json:"ims_org_id"`
	Scopes                []string `json:"scopes"`
	OAuthEnabled          bool     `json:"oauth_enabled"`
}

func Load(path string) (*Context, error) {
	if path == "" {
		home, _ := os.UserHomeDir()
		path = filepath.Join(home, ".config", "cmctl", "context.json")
	}
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var c Context
	if err := json.Unmarshal(raw, &c); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	if !c.OAuthEnabled || len(c.ClientSecrets) == 0 {
		return nil, fmt.Errorf("%s: only OAuth Server-to-Server contexts are supported since cmctl 2.0", path)
	}
	return &c, nil
}
