bucket         = "acme-tfstate-prod"
key            = "platform-secrets/prod.tfstate"
region         = "eu-west-1"
dynamodb_table = "tfstate-locks"
encrypt        = true
