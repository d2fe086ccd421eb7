variable "aep_client_secret" {
  type      = string
  sensitive = true
}

variable "aep_jwt_private_key_pem" {
  description = "PEM private key of the AEP service account (JWT) integration"
  type        = string
  sensitive   = true
}

resource "aws_secretsmanager_secret" "aep_ingest" {
  name        = "prod/aep-ingest/adobe-io"
  description = "Adobe I/O credential for aep-ingest"
}

resource "aws_secretsmanager_secret_version" "aep_ingest" {
  secret_id = aws_secretsmanager_secret.aep_ingest.id
  secret_string = jsonencode({
    client_secret = var.aep_client_secret
    private_key   = var.aep_jwt_private_key_pem
    meta_scopes   = "ent_dataservices_sdk"
  })
}
