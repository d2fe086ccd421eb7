variable "adobe_client_secret" {
  type      = string
  sensitive = true
}

resource "aws_secretsmanager_secret" "adobe_analytics" {
  name        = "prod/analytics-exporter/adobe-io"
  description = "Adobe I/O credential for the Analytics exporter"
  tags = {
    team = "data-platform"
  }
}

resource "aws_secretsmanager_secret_version" "adobe_analytics" {
  secret_id = aws_secretsmanager_secret.adobe_analytics.id
  secret_string = jsonencode({
    client_id            = "9c7f0ac67e694cd8ec91cb905bcefd71"
    client_secret        = var.adobe_client_secret
    org_id               = "5358168B89B4122416E1C717@AdobeOrg"
    technical_account_id = "6176B0EEB1A7611EEA1F0677@techacct.adobe.com"
    meta_scopes          = ["ent_analytics_bulk_ingest_sdk"]
    private_key          = file("${path.module}/../keys/analytics-exporter.key")
    ims_exchange_url     = "https://ims-na1.adobelogin.com/ims/exchange/jwt"
  })
}

output "adobe_secret_arn" {
  value = aws_secretsmanager_secret.adobe_analytics.arn
}
