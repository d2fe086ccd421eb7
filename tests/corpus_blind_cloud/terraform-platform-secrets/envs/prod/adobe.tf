module "aep_ingest_credential" {
  source = "../../modules/adobe-ims-credential"

  name            = "aep-ingest"
  credential_type = "oauth_server_to_server"
  client_id       = "e2d4c6a8b0f14e3a9c7d5b3a1f0e2c4d"
  client_secret   = data.sops_file.secrets.data["adobe_aep_ingest_client_secret"]
  org_id          = "5E6F7A8B9C0D1E2F0A495E93@AdobeOrg"
  oauth_scopes    = ["openid", "session", "AdobeID", "read_organizations", "additional_info.projectedProductContext"]
}

# ANL-88: still on the service account credential; cert renewed 2025-07 for the last time
module "analytics_reporting_credential" {
  source = "../../modules/adobe-ims-credential"

  name                 = "analytics-reporting"
  credential_type      = "service_account"
  client_id            = "b7c9d1e3f5a74b6c8d0e2f4a6b8c0d1e"
  client_secret        = data.sops_file.secrets.data["adobe_analytics_client_secret"]
  org_id               = "5E6F7A8B9C0D1E2F0A495E93@AdobeOrg"
  technical_account_id = "7A8B9C0D1E2F3A4B0A494C0D@techacct.adobe.com"
  meta_scopes          = ["ent_analytics_bulk_ingest_sdk"]
  private_key_pem      = file("${path.module}/keys/analytics_private.key")
}
