variable "name" {
  description = "Short name, used in the secret path platform/adobe/<name>"
  type        = string
}

variable "client_id" {
  type = string
}

variable "client_secret" {
  type      = string
  sensitive = true
}

variable "org_id" {
  type = string
}

variable "credential_type" {
  description = "service_account (legacy) or oauth_server_to_server"
  type        = string
  validation {
    condition     = contains(["service_account", "oauth_server_to_server"], var.credential_type)
    error_message = "credential_type must be service_account or oauth_server_to_server."
  }
}

variable "technical_account_id" {
  type    = string
  default = null
}

variable "meta_scopes" {
  type    = list(string)
  default = []
}

variable "private_key_pem" {
  type      = string
  sensitive = true
  default   = null
}

variable "oauth_scopes" {
  type    = list(string)
  default = []
}

variable "tags" {
  type    = map(string)
  default = {}
}
