resource "aws_secretsmanager_secret" "adobe_oauth" {
  name        = "${local.name_prefix}/adobe/oauth-s2s"
  description = "Adobe I/O OAuth Server-to-Server credential (Developer Console JSON shape)"
  kms_key_id  = aws_kms_key.secrets.arn
  tags        = local.tags
}

resource "aws_secretsmanager_secret_version" "adobe_oauth" {
  secret_id = aws_secretsmanager_secret.adobe_oauth.id
  secret_string = jsonencode({
    CLIENT_ID               = var.adobe_client_id
    CLIENT_SECRETS          = [var.adobe_client_secret]
    ORG_ID                  = var.adobe_org_id
    TECHNICAL_ACCOUNT_EMAIL = var.adobe_technical_account_email
    SCOPES                  = var.adobe_oauth_scopes
    TOKEN_URL               = local.ims_token_endpoint
  })

  lifecycle {
    # the rotation lambda owns the value after the first apply
    ignore_changes = [secret_string]
  }
}

resource "aws_kms_key" "secrets" {
  description         = "${local.name_prefix} secrets"
  enable_key_rotation = true
  tags                = local.tags
}

# --- BigQuery export service account (Google) ---------------------------------

resource "google_service_account" "bq_export" {
  account_id   = "bq-export-${var.environment}"
  display_name = "BigQuery export (${var.environment})"
  project      = "excorp-analytics"
}

resource "google_service_account_key" "bq_export" {
  service_account_id = google_service_account.bq_export.name
}

resource "aws_secretsmanager_secret" "gcp_bq_export" {
  name       = "${local.name_prefix}/gcp/bq-export-key"
  kms_key_id = aws_kms_key.secrets.arn
}

resource "aws_secretsmanager_secret_version" "gcp_bq_export" {
  secret_id     = aws_secretsmanager_secret.gcp_bq_export.id
  secret_string = base64decode(google_service_account_key.bq_export.private_key)
}
