variable "region" {
  type    = string
  default = "eu-central-1"
}

variable "env" {
  type = string
}

variable "adobe_client_id" {
  description = "Client id of the Developer Console project 'Commerce Order Export' (same for JWT and OAuth credentials)"
  type        = string
}

variable "adobe_client_secret" {
  type      = string
  sensitive = true
}

variable "adobe_org_id" {
  type    = string
  default = "4A1C2E3F5B6D7A8C9E0F1A2B@AdobeOrg"
}

# ---- legacy Service Account (JWT) credential, prod only until CHG-1182 ----
variable "adobe_jwt_metascopes" {
  description = "Metascopes of the Service Account (JWT) credential"
  type        = list(string)
  default     = ["ent_dataservices_sdk", "ent_analytics_bulk_ingest_sdk"]
}

variable "adobe_jwt_private_key_path" {
  description = "Path (relative to this module) of the JWT private key"
  type        = string
  default     = "keys/adobe-aep-jwt.key"
}

# ---- OAuth Server-to-Server credential ----
variable "adobe_oauth_scopes" {
  type    = list(string)
  default = ["openid", "session", "AdobeID", "read_organizations", "additional_info.projectedProductContext"]
}
