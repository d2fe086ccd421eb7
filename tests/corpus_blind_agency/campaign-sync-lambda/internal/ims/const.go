package ims

import "time"

const (
	// DefaultHost is the production IMS host.
	DefaultHost = "https://ims-na1.adobelogin.com"

	// CampaignMetascope grants the technical account access to Campaign Standard APIs.
	CampaignMetascope = "ent_campaign_sdk"

	assertionLifetime = 5 * time.Minute
)
