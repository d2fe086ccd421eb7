# frozen_string_literal: true

module Umapi
  # OAuth server-to-server token. Selected with UMAPI_AUTH=oauth (default flips in OPS-2290).
  class TokenProvider
    IMS_TOKEN_URL = "https://ims-na1.adobelogin.com/ims/token/v3"

    def self.current
      ENV.fetch("UMAPI_AUTH", "jwt") == "oauth" ? new : LegacyJwtToken.new
    end

    def initialize(settings = Umapi.settings, creds = Umapi.credentials)
      @settings = settings
      @creds = creds
    end

    def access_token
      cached = Rails.cache.read(cache_key)
      return cached if cached

      response = connection.post(IMS_TOKEN_URL, {
        grant_type: "client_credentials",
        client_id: @creds[:client_id],
        client_secret: @creds[:client_secret],
        scope: @settings[:scopes]
      })
      raise Umapi::Error, "IMS #{response.status}: #{response.body}" unless response.success?

      body = JSON.parse(response.body)
      Rails.cache.write(cache_key, body["access_token"], expires_in: body["expires_in"].to_i.seconds - 5.minutes)
      body["access_token"]
    end

    private

    def cache_key = "umapi/s2s_token/#{@creds[:client_id]}"

    def connection
      @connection ||= Faraday.new do |f|
        f.request :url_encoded
        f.options.timeout = 15
      end
    end
  end
end
