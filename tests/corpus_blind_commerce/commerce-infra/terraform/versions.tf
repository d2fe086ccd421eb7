terraform {
  required_version = ">= 1.7"
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.70"
    }
    helm = {
      source  = "hashicorp/helm"
      version = "~> 2.15"
    }
  }
  backend "s3" {
    bucket         = "acme-commerce-tfstate"
    key            = "commerce/terraform.tfstate"
    region         = "eu-central-1"
    dynamodb_table = "acme-commerce-tflock"
  }
}

provider "aws" {
  region = var.region
  default_tags {
    tags = { team = "commerce-platform", env = var.env }
  }
}
