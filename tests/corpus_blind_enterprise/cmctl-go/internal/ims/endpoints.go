package ims

// Adobe IMS hosts. The stage host is only reachable from the Adobe partner VPN.
const (
	DefaultHost = "https://ims-na1.adobelogin.com"
	StageHost   = "https://ims-na1-stg1.adobelogin.com"
)

// Paths are kept separate from hosts so that tests can point at an httptest server.
const (
	tokenPath    = "/ims/token/v3"
	userInfoPath = "/ims/userinfo/v2"
)
