# Synthetic check: alert when the Adobe credential can no longer obtain a token
resource "datadog_synthetics_test" "adobe_ims_token" {
  name      = "Adobe IMS token (User Sync credential)"
  type      = "api"
  subtype   = "http"
  status    = "live"
  locations = ["aws:eu-west-1"]
  tags      = ["team:identity", "vendor:adobe"]

  request_definition {
    method = "POST"
    url    = "https://ims-na1.adobelogin.com/ims/token/v3"
    body   = "grant_type=client_credentials&client_id={{ ADOBE_UMAPI_CLIENT_ID }}&client_secret={{ ADOBE_UMAPI_CLIENT_SECRET }}&scope=openid,AdobeID,user_management_sdk"
  }
  request_headers = {
    "Content-Type" = "application/x-www-form-urlencoded"
  }

  assertion {
    type     = "statusCode"
    operator = "is"
    target   = "200"
  }

  options_list {
    tick_every = 3600
  }

  message = "Adobe token request failing - User Sync will stop provisioning. @slack-identity-alerts"
}
