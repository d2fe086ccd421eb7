# Machine-to-machine client for the HR event bridge (Auth0 tenant acme-workforce)
resource "auth0_client" "hr_bridge" {
  name        = "hr-event-bridge"
  app_type    = "non_interactive"
  grant_types = ["client_credentials"]

  jwt_configuration {
    alg                 = "RS256"
    lifetime_in_seconds = 3600
  }
}

resource "auth0_client_grant" "hr_bridge_api" {
  client_id = auth0_client.hr_bridge.id
  audience  = "https://api.acme.example/hr"
  scopes    = ["read:employees", "write:provisioning"]
}
