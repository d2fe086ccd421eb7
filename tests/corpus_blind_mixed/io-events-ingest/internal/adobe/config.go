package adobe

import (
	"os"

	"github.com/BurntSushi/toml"
)

type Config struct {
	IMSHost      string   `toml:"ims_host"`
	OrgID        string   `toml:"org_id"`
	ClientID     string   `toml:"client_id"`
	ClientSecret string   `toml:"-"`
	Scopes       []string `toml:"scopes"`
	JournalURL   string   `toml:"journal_url"`
}

type fileConfig struct {
	Adobe Config `toml:"adobe"`
}

func Load(path string) (Config, error) {
	var fc fileConfig
	if _, err := toml.DecodeFile(path, &fc); err != nil {
		return Config{}, err
	}
	fc.Adobe.ClientSecret = os.Getenv("ADOBE_CLIENT_SECRET")
	return fc.Adobe, nil
}

func (c Config) imsHostOrDefault() string {
	if c.IMSHost != "" {
		return c.IMSHost
	}
	return defaultIMSHost
}
