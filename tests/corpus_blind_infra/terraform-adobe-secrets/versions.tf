terraform {
  required_version = ">= 1.6"
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.60"
    }
    google = {
      source  = "hashicorp/google"
      version = "~> 5.40"
    }
  }
  backend "s3" {
    bucket = "excorp-tfstate"
    key    = "platform/adobe-secrets.tfstate"
    region = "eu-west-1"
  }
}
