package config

import (
	"fmt"
	"os"
	"strings"
)

// Config is read once at start-up from the environment.
type Config struct {
	IMSHost        string
	ClientID       string
	ClientSecret   string
	OrgID          string
	TechAccountID  string
	Metascopes     []string
	PrivateKeyFile string
	QueueURL       string
	OutputBucket   string
}

func Load() (*Config, error) {
	c := &Config{
		IMSHost:        getenv("ADOBE_IMS_HOST", "https://ims-na1.adobelogin.com"),
		ClientID:       os.Getenv("ADOBE_CLIENT_ID"),
		ClientSecret:   os.Getenv("ADOBE_CLIENT_SECRET"),
		OrgID:          os.Getenv("ADOBE_ORG_ID"),
		TechAccountID:  os.Getenv("ADOBE_TECHNICAL_ACCOUNT_ID"),
		Metascopes:     splitCSV(getenv("ADOBE_METASCOPES", "ent_ccas_sdk")),
		PrivateKeyFile: getenv("ADOBE_PRIVATE_KEY_FILE", "/var/run/secrets/adobe/private.key"),
		QueueURL:       os.Getenv("RENDER_QUEUE_URL"),
		OutputBucket:   getenv("RENDER_OUTPUT_BUCKET", "nw-render-output"),
	}
	for name, v := range map[string]string{"ADOBE_CLIENT_ID": c.ClientID, "ADOBE_CLIENT_SECRET": c.ClientSecret, "RENDER_QUEUE_URL": c.QueueURL} {
		if v == "" {
			return nil, fmt.Errorf("config: %s is required", name)
		}
	}
	return c, nil
}

func getenv(key, def string) string {
	if v, ok := os.LookupEnv(key); ok && v != "" {
		return v
	}
	return def
}

func splitCSV(s string) []string {
	var out []string
	for _, p := range strings.Split(s, ",") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}
