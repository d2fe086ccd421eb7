variable "environment" {
  type = string
}

variable "adobe_ims_host" {
  type    = string
  default = "ims-na1.adobelogin.com"
}

variable "adobe_org_id" {
  type = string
}

variable "adobe_client_id" {
  type        = string
  description = "Client ID of the OAuth Server-to-Server credential (same as the old JWT one)"
}

variable "adobe_client_secret" {
  type      = string
  sensitive = true
}

variable "adobe_technical_account_email" {
  type = string
}

variable "adobe_oauth_scopes" {
  type        = list(string)
  description = "Copied from Developer Console > project > OAuth Server-to-Server > Scopes"
  default     = ["AdobeID", "openid", "read_organizations", "additional_info.projectedProductContext", "additional_info.roles", "adobeio_api", "read_client_secret", "manage_client_secrets"]
}

variable "adobe_credential_id" {
  type        = string
  description = "Numeric credential id, needed by the rotation lambda"
}
