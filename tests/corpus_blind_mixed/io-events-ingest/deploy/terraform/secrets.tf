variable "adobe_client_id" {
  type = string
}

variable "adobe_client_secret" {
  type      = string
  sensitive = true
}

variable "adobe_org_id" {
  type    = string
  default = "2C4E6A8B0D2F40618A3C5E7B@AdobeOrg"
}

resource "aws_secretsmanager_secret" "adobe_ims" {
  name        = "io-events-ingest/adobe-ims"
  description = "OAuth Server-to-Server credential for the IO Events Ingest project"
}

resource "aws_secretsmanager_secret_version" "adobe_ims" {
  secret_id = aws_secretsmanager_secret.adobe_ims.id
  secret_string = jsonencode({
    client_id      = var.adobe_client_id
    client_secrets = [var.adobe_client_secret]
    org_id         = var.adobe_org_id
    scopes         = "openid,AdobeID,read_organizations,event_receiver,event_receiver_api"
  })
}

resource "aws_iam_policy" "read_adobe_secret" {
  name = "io-events-ingest-read-adobe-secret"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      Action   = ["secretsmanager:GetSecretValue"]
      Resource = aws_secretsmanager_secret.adobe_ims.arn
    }]
  })
}
