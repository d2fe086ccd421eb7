package main

import (
	"fmt"
	"log"
	"os"
	"strings"

	"example.com/acme/stock-jwt/ims"
)

func main() {
	cfg := ims.Config{
		IMSHost:        os.Getenv("IMS_HOST"),
		ClientID:       os.Getenv("API_KEY"),
		ClientSecret:   os.Getenv("CLIENT_SECRET"),
		OrgID:          os.Getenv("ORG_ID"),
		TechAccountID:  os.Getenv("TECH_ACCOUNT_ID"),
		MetaScopes:     strings.Split(os.Getenv("METASCOPE_NAME"), ","),
		PrivateKeyPath: os.Getenv("PRIVATE_KEY_FILE"),
	}
	token, exp, err := cfg.AccessToken()
	if err != nil {
		log.Fatal(err)
	}
	fmt.Printf("token (valid until %s):\n%s\n", exp.Format("2006-01-02 15:04"), token)
}
