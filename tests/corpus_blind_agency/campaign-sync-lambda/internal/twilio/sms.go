package twilio

import (
	"context"
	"fmt"
	"net/http"
	"net/url"
	"strings"
)

// Sender sends SMS through the Twilio REST API (account SID + auth token, basic auth).
type Sender struct {
	AccountSID string
	AuthToken  string
	From       string
	HTTP       *http.Client
}

func (s *Sender) Send(ctx context.Context, to, body string) error {
	form := url.Values{"To": {to}, "From": {s.From}, "Body": {body}}
	u := fmt.Sprintf("https://api.twilio.com/2010-04-01/Accounts/%s/Messages.json", s.AccountSID)
	req, _ := http.NewRequestWithContext(ctx, http.MethodPost, u, strings.NewReader(form.Encode()))
	req.SetBasicAuth(s.AccountSID, s.AuthToken)
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	resp, err := s.HTTP.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode >= 300 {
		return fmt.Errorf("twilio: %s", resp.Status)
	}
	return nil
}
