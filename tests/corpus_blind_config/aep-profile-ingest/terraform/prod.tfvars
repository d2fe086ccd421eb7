environment                = "prod"
adobe_client_id            = "3f9a1c0e7b5d4e2fa6c8b0d19e7f5a31"
adobe_technical_account_id = "A93B0C7D5E1F2A4B6C8D0E2F@techacct.adobe.com"
adobe_meta_scopes          = ["ent_dataservices_sdk"]
adobe_private_key_path     = "../secrets/prod/private.key"
