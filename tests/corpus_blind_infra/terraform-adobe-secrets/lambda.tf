data "archive_file" "rotate" {
  type        = "zip"
  source_dir  = "${path.module}/lambda/rotate_adobe_secret"
  output_path = "${path.module}/build/rotate_adobe_secret.zip"
}

resource "aws_lambda_function" "rotate_adobe_secret" {
  function_name    = "${local.name_prefix}-rotate-adobe-secret"
  filename         = data.archive_file.rotate.output_path
  source_code_hash = data.archive_file.rotate.output_base64sha256
  handler          = "handler.lambda_handler"
  runtime          = "python3.12"
  timeout          = 60
  role             = aws_iam_role.rotate.arn
  environment {
    variables = {
      ADOBE_CREDENTIAL_ID = var.adobe_credential_id
    }
  }
  tags = local.tags
}

resource "aws_secretsmanager_secret_rotation" "adobe_oauth" {
  secret_id           = aws_secretsmanager_secret.adobe_oauth.id
  rotation_lambda_arn = aws_lambda_function.rotate_adobe_secret.arn
  rotation_rules {
    automatically_after_days = 90
  }
}

resource "aws_iam_role" "rotate" {
  name = "${local.name_prefix}-rotate-adobe-secret"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { Service = "lambda.amazonaws.com" }
      Action    = "sts:AssumeRole"
    }]
  })
}
