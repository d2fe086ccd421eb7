data "archive_file" "broker" {
  type        = "zip"
  source_dir  = "${path.module}"
  output_path = "${path.module}/../../build/ims-token-broker.zip"
  excludes    = ["broker.tf", "node_modules/.cache"]
}

resource "aws_lambda_function" "broker" {
  function_name    = "ims-token-broker"
  role             = aws_iam_role.broker.arn
  runtime          = "nodejs20.x"
  handler          = "index.handler"
  filename         = data.archive_file.broker.output_path
  source_code_hash = data.archive_file.broker.output_base64sha256
  timeout          = 15
}

resource "aws_iam_role" "broker" {
  name = "ims-token-broker"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "lambda.amazonaws.com" } }]
  })
}

resource "aws_iam_role_policy" "broker" {
  role = aws_iam_role.broker.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      Action   = ["secretsmanager:GetSecretValue"]
      Resource = "arn:aws:secretsmanager:eu-west-1:210987654321:secret:platform/adobe/*"
    }]
  })
}
