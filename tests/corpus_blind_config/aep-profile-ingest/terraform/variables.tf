variable "environment" {
  description = "Deployment environment: dev, stage or prod"
  type        = string
}

variable "aws_region" {
  type    = string
  default = "eu-west-1"
}

variable "adobe_org_id" {
  description = "IMS org that owns the Developer Console project"
  type        = string
  default     = "5F1C7A3B9E2D40A1B8C6E0F4@AdobeOrg"
}

variable "adobe_client_id" {
  description = "Client ID (API key) of the aep-profile-ingest credential"
  type        = string
}

variable "adobe_client_secret" {
  description = "Client secret of the aep-profile-ingest credential (TF_VAR_adobe_client_secret in CI)"
  type        = string
  sensitive   = true
}

variable "adobe_technical_account_id" {
  type = string
}

variable "adobe_meta_scopes" {
  description = "Metascopes claimed in the signed token, one per API on the project"
  type        = list(string)
}

variable "adobe_private_key_path" {
  description = "PEM private key whose public certificate is uploaded to the credential"
  type        = string
}

variable "ims_exchange_url" {
  description = "IMS token exchange endpoint"
  type        = string
  default     = "https://ims-na1.adobelogin.com/ims/exchange/jwt"
}
