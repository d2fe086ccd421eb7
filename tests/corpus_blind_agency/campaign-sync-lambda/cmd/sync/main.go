package main

import (
	"context"
	"crypto/rsa"
	"log"
	"net/http"
	"os"
	"time"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/secretsmanager"
	"github.com/golang-jwt/jwt/v5"

	"github.com/agency/campaign-sync-lambda/internal/campaign"
	"github.com/agency/campaign-sync-lambda/internal/ims"
	"github.com/agency/campaign-sync-lambda/internal/twilio"
)

func secret(ctx context.Context, sm *secretsmanager.Client, arn string) string {
	out, err := sm.GetSecretValue(ctx, &secretsmanager.GetSecretValueInput{SecretId: aws.String(arn)})
	if err != nil {
		log.Fatalf("secret %s: %v", arn, err)
	}
	return aws.ToString(out.SecretString)
}

func handler(ctx context.Context) error {
	cfg, err := config.LoadDefaultConfig(ctx)
	if err != nil {
		return err
	}
	sm := secretsmanager.NewFromConfig(cfg)
	hc := &http.Client{Timeout: 20 * time.Second}

	var key *rsa.PrivateKey
	key, err = jwt.ParseRSAPrivateKeyFromPEM([]byte(secret(ctx, sm, os.Getenv("ADOBE_PRIVATE_KEY_SECRET_ARN"))))
	if err != nil {
		return err
	}
	auth := &ims.Client{
		Host:          envOr("ADOBE_IMS_HOST", ims.DefaultHost),
		ClientID:      os.Getenv("ADOBE_CLIENT_ID"),
		ClientSecret:  secret(ctx, sm, os.Getenv("ADOBE_CLIENT_SECRET_ARN")),
		OrgID:         os.Getenv("ADOBE_ORG_ID"),
		TechAccountID: os.Getenv("ADOBE_TECH_ACCOUNT_ID"),
		PrivateKey:    key,
		HTTP:          hc,
	}
	acs := &campaign.Client{Tenant: os.Getenv("CAMPAIGN_TENANT"), ClientID: auth.ClientID, OrgID: auth.OrgID, Auth: auth, HTTP: hc}
	sms := &twilio.Sender{
		AccountSID: os.Getenv("TWILIO_ACCOUNT_SID"),
		AuthToken:  secret(ctx, sm, os.Getenv("TWILIO_AUTH_TOKEN_ARN")),
		From:       os.Getenv("TWILIO_FROM"),
		HTTP:       hc,
	}

	since := time.Now().Add(-15 * time.Minute).UTC().Format(time.RFC3339)
	profiles, err := acs.ChangedSince(ctx, since)
	if err != nil {
		return err
	}
	for _, p := range profiles {
		if p.Consent && p.Mobile != "" {
			if err := sms.Send(ctx, p.Mobile, "Hi "+p.FirstName+", your Northwind preferences were updated."); err != nil {
				log.Printf("sms %s: %v", p.PKey, err)
			}
		}
	}
	log.Printf("processed %d profiles", len(profiles))
	return nil
}

func envOr(k, def string) string {
	if v := os.Getenv(k); v != "" {
		return v
	}
	return def
}

func main() { lambda.Start(handler) }
