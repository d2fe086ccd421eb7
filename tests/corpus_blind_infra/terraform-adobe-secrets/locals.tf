locals {
  name_prefix        = "platform-${var.environment}"
  ims_token_endpoint = "https://${var.adobe_ims_host}/ims/token/v3"
  tags = {
    owner       = "platform-security"
    cost-center = "cc-4410"
  }
}
