resource "aws_secretsmanager_secret" "adobe_jwt_key" {
  count       = var.env == "prod" ? 1 : 0
  name        = "commerce/${var.env}/adobe/jwt-private-key"
  description = "Adobe IMS Service Account (JWT) private key - delete after CHG-1182"
}

resource "aws_secretsmanager_secret_version" "adobe_jwt_key" {
  count         = var.env == "prod" ? 1 : 0
  secret_id     = aws_secretsmanager_secret.adobe_jwt_key[0].id
  secret_string = file("${path.module}/${var.adobe_jwt_private_key_path}")
}

resource "aws_secretsmanager_secret" "adobe_ims" {
  name = "commerce/${var.env}/adobe/ims"
}

resource "aws_secretsmanager_secret_version" "adobe_ims" {
  secret_id = aws_secretsmanager_secret.adobe_ims.id
  secret_string = jsonencode({
    ADOBE_CLIENT_ID     = var.adobe_client_id
    ADOBE_CLIENT_SECRET = var.adobe_client_secret
    ADOBE_ORG_ID        = var.adobe_org_id
    ADOBE_OAUTH_SCOPES  = join(",", var.adobe_oauth_scopes)
  })
}

resource "aws_secretsmanager_secret" "stripe" {
  name = "commerce/${var.env}/stripe"
}
