terraform {
  required_version = ">= 1.6"
  required_providers {
    aws     = { source = "hashicorp/aws", version = "~> 5.40" }
    auth0   = { source = "auth0/auth0", version = "~> 1.2" }
    datadog = { source = "DataDog/datadog", version = "~> 3.37" }
  }
  backend "s3" {
    bucket = "acme-tfstate-platform"
    key    = "identity/terraform.tfstate"
    region = "eu-west-1"
  }
}
