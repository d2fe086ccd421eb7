environment                   = "prod"
adobe_org_id                  = "8C9D0E1F2A3B4C5D6E7F8091@AdobeOrg"
adobe_client_id               = "f0e1d2c3b4a5968778695a4b3c2d1e0f"
adobe_technical_account_email = "f0e1d2c3-b4a5-9687-7869-5a4b3c2d1e0f@techacct.adobe.com"
adobe_credential_id           = "412345"
# adobe_client_secret comes from TF_VAR_adobe_client_secret in CI
