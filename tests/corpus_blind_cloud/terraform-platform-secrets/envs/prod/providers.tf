terraform {
  required_version = ">= 1.6"
  backend "s3" {}
  required_providers {
    aws       = { source = "hashicorp/aws", version = "~> 5.40" }
    okta      = { source = "okta/okta", version = "~> 4.8" }
    github    = { source = "integrations/github", version = "~> 6.2" }
    snowflake = { source = "Snowflake-Labs/snowflake", version = "~> 0.89" }
    sops      = { source = "carlpett/sops", version = "~> 1.0" }
  }
}

provider "aws" {
  region = "eu-west-1"
  default_tags {
    tags = { owner = "platform", repo = "platform-secrets" }
  }
}

data "sops_file" "secrets" {
  source_file = "secrets.enc.yaml"
}

provider "okta" {
  org_name    = "acme"
  base_url    = "okta.com"
  client_id   = "0oa8x2k4m9QwErTy5d7"
  scopes      = ["okta.apps.manage", "okta.groups.manage", "okta.users.read"]
  private_key = data.sops_file.secrets.data["okta_terraform_private_key"]
}

provider "github" {
  owner = "acme-data"
  app_auth {
    id              = "412907"
    installation_id = "48213377"
    pem_file        = data.sops_file.secrets.data["github_app_pem"]
  }
}

provider "snowflake" {
  account       = "acme-xy12345"
  user          = "SVC_TERRAFORM"
  role          = "SECURITYADMIN"
  authenticator = "JWT"
  private_key   = data.sops_file.secrets.data["snowflake_terraform_p8"]
}
