# Machine-to-machine app used by Airflow to read Okta groups (client credentials,
# private_key_jwt client authentication).
resource "okta_app_oauth" "airflow_m2m" {
  label                      = "airflow-m2m"
  type                       = "service"
  grant_types                = ["client_credentials"]
  response_types             = ["token"]
  token_endpoint_auth_method = "private_key_jwt"
  pkce_required              = false

  jwks {
    kid = "airflow-m2m-2025"
    kty = "RSA"
    e   = "AQAB"
    n   = "xGOr-H7A-PWG3vtFOXZhB1XjBgG6rPL0P9UVt3nGo8hqA6Wcq4xKp3aP1lZlqLmEwB8bS5w2Vd1yQ0Jd2pKmX1eU"
  }
}

resource "okta_app_oauth_api_scope" "airflow_m2m" {
  app_id = okta_app_oauth.airflow_m2m.id
  issuer = "https://acme.okta.com"
  scopes = ["okta.groups.read", "okta.users.read"]
}
