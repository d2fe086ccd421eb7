variable "adobe_umapi_client_id" {
  type        = string
  description = "Client ID of the OAuth Server-to-Server credential (Developer Console project 'Acme User Sync')"
}

variable "adobe_umapi_client_secret" {
  type      = string
  sensitive = true
}

variable "adobe_umapi_scopes" {
  type    = string
  default = "openid,AdobeID,user_management_sdk"
}

variable "adobe_org_id" {
  type    = string
  default = "0A1B2C3D4E5F60718293A4B5@AdobeOrg"
}
