package adobe

// IMS and I/O Events endpoints. Keep in sync with config/ingest.toml defaults.
const (
	defaultIMSHost = "https://ims-na1.adobelogin.com"
	imsTokenPath   = "/ims/token/v3"
	eventsBaseURL  = "https://api.adobe.io/events"
)
