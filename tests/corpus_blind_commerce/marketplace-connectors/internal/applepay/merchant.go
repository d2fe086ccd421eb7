package applepay

import (
	"bytes"
	"crypto/tls"
	"encoding/json"
	"io"
	"net/http"
)

// MerchantSession requests an Apple Pay merchant session using the merchant identity certificate.
func MerchantSession(validationURL, certFile, keyFile, merchantID, domain string) ([]byte, error) {
	cert, err := tls.LoadX509KeyPair(certFile, keyFile)
	if err != nil {
		return nil, err
	}
	client := &http.Client{Transport: &http.Transport{TLSClientConfig: &tls.Config{
		Certificates: []tls.Certificate{cert},
		MinVersion:   tls.VersionTLS12,
	}}}
	body, _ := json.Marshal(map[string]string{
		"merchantIdentifier": merchantID,
		"displayName":        "Acme Retail",
		"initiative":         "web",
		"initiativeContext":  domain,
	})
	resp, err := client.Post(validationURL, "application/json", bytes.NewReader(body))
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	return io.ReadAll(resp.Body)
}
