resource "aws_kms_key" "ingest" {
  description             = "aep-profile-ingest secrets (${var.environment})"
  deletion_window_in_days = 14
  enable_key_rotation     = true
}

resource "aws_secretsmanager_secret" "adobe_io" {
  name        = "${var.environment}/aep-profile-ingest/adobe-io"
  description = "Adobe I/O credential used for AEP streaming ingestion"
  kms_key_id  = aws_kms_key.ingest.arn
}

resource "aws_secretsmanager_secret_version" "adobe_io" {
  secret_id = aws_secretsmanager_secret.adobe_io.id
  secret_string = jsonencode({
    client_id            = var.adobe_client_id
    client_secret        = var.adobe_client_secret
    org_id               = var.adobe_org_id
    technical_account_id = var.adobe_technical_account_id
    meta_scopes          = join(",", var.adobe_meta_scopes)
    private_key          = file(var.adobe_private_key_path)
    ims_exchange_url     = var.ims_exchange_url
  })
}

output "adobe_io_secret_arn" {
  value = aws_secretsmanager_secret.adobe_io.arn
}
