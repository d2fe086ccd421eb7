# This file is maintained automatically by "terraform init".
# Manual edits may be lost in future updates.

provider "registry.terraform.io/hashicorp/aws" {
  version     = "5.72.1"
  constraints = "~> 5.70"
  hashes = [
    "h1:FAKEawsFAKEawsFAKEawsFAKEawsFAKEawsFAKEaws0=",
    "zh:0000000000000000000000000000000000000000000000000000000000000001",
  ]
}

provider "registry.terraform.io/hashicorp/helm" {
  version     = "2.16.1"
  constraints = "~> 2.15"
  hashes = [
    "h1:FAKEhelmFAKEhelmFAKEhelmFAKEhelmFAKEhelm00=",
    "zh:0000000000000000000000000000000000000000000000000000000000000002",
  ]
}
