# frozen_string_literal: true

# Talks to the Auth0 Management API (customer identities are in Auth0).
class Auth0ManagementClient
  DOMAIN = ENV.fetch("AUTH0_DOMAIN", "acme-portal.eu.auth0.com")

  def initialize(http: Faraday.new(url: "https://#{DOMAIN}"))
    @http = http
  end

  def block_user(user_id)
    @http.patch("/api/v2/users/#{user_id}", { blocked: true }.to_json,
                "Authorization" => "Bearer #{token}", "Content-Type" => "application/json")
  end

  private

  def token
    return @token if @token && Time.now < @expires_at

    resp = @http.post("/oauth/token", {
      grant_type: "client_credentials",
      client_id: ENV.fetch("AUTH0_M2M_CLIENT_ID"),
      client_secret: ENV.fetch("AUTH0_M2M_CLIENT_SECRET"),
      audience: "https://#{DOMAIN}/api/v2/"
    }.to_json, "Content-Type" => "application/json")
    body = JSON.parse(resp.body)
    @expires_at = Time.now + body.fetch("expires_in") - 60
    @token = body.fetch("access_token")
  end
end
