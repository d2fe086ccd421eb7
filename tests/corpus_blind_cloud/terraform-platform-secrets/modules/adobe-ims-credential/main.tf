locals {
  service_account_doc = {
    type                 = "service_account"
    client_id            = var.client_id
    client_secret        = var.client_secret
    org_id               = var.org_id
    technical_account_id = var.technical_account_id
    meta_scopes          = join(",", var.meta_scopes)
    private_key          = var.private_key_pem
    ims_exchange_url     = "https://ims-na1.adobelogin.com/ims/exchange/jwt"
  }

  oauth_doc = {
    type          = "oauth_server_to_server"
    client_id     = var.client_id
    client_secret = var.client_secret
    org_id        = var.org_id
    scopes        = join(",", var.oauth_scopes)
    token_url     = "https://ims-na1.adobelogin.com/ims/token/v3"
    grant_type    = "client_credentials"
  }
}

resource "aws_secretsmanager_secret" "this" {
  name        = "platform/adobe/${var.name}"
  description = "Adobe Developer Console credential ${var.name} (${var.credential_type})"
  kms_key_id  = "alias/platform-secrets"
  tags        = var.tags
}

resource "aws_secretsmanager_secret_version" "this" {
  secret_id = aws_secretsmanager_secret.this.id
  secret_string = jsonencode(
    var.credential_type == "service_account" ? local.service_account_doc : local.oauth_doc
  )
}

output "secret_arn" {
  value = aws_secretsmanager_secret.this.arn
}
