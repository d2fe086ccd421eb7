# frozen_string_literal: true

module Okta
  # Reads the HR-mastered groups from Okta. Service app with private_key_jwt client auth -- Okta, not Adobe.
  class DirectoryClient
    TOKEN_URL = "https://acme.okta.com/oauth2/v1/token"

    def access_token
      creds = Rails.application.credentials.okta
      jwk = JWT::JWK.import(JSON.parse(creds[:private_key_jwk]))
      assertion = JWT.encode({
        iss: creds[:client_id],
        sub: creds[:client_id],
        aud: TOKEN_URL,
        exp: 5.minutes.from_now.to_i,
        jti: SecureRandom.uuid
      }, jwk.signing_key, "RS256", kid: jwk.kid)

      res = Faraday.new { |f| f.request :url_encoded }.post(TOKEN_URL, {
        grant_type: "client_credentials",
        scope: "okta.users.read okta.groups.read",
        client_assertion_type: "urn:ietf:params:oauth:client-assertion-type:jwt-bearer",
        client_assertion: assertion
      })
      JSON.parse(res.body).fetch("access_token")
    end
  end
end
