resource "aws_secretsmanager_secret" "adobe_umapi" {
  name        = "identity/adobe-umapi"
  description = "Adobe User Management API credential used by User Sync Tool"
  kms_key_id  = aws_kms_key.identity.arn
}

resource "aws_secretsmanager_secret_version" "adobe_umapi" {
  secret_id = aws_secretsmanager_secret.adobe_umapi.id
  secret_string = jsonencode({
    org_id        = var.adobe_org_id
    client_id     = var.adobe_umapi_client_id
    client_secret = var.adobe_umapi_client_secret
    scopes        = var.adobe_umapi_scopes
  })
}

resource "aws_kms_key" "identity" {
  description         = "identity team secrets"
  enable_key_rotation = true
}
