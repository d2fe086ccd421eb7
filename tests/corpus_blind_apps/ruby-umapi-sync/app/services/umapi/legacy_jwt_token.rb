# frozen_string_literal: true

require "faraday/multipart"

module Umapi
  # Technical-account token, still used by production until OPS-2290 is done.
  class LegacyJwtToken
    EXCHANGE_PATH = "/ims/exchange/jwt/"

    def initialize(settings = Umapi.settings, creds = Umapi.credentials)
      @settings = settings
      @creds = creds
    end

    def access_token
      Rails.cache.fetch("umapi/jwt_token", expires_in: 12.hours) do
        conn = Faraday.new(url: "https://#{@settings[:ims_host]}") { |f| f.request :multipart }
        res = conn.post(EXCHANGE_PATH, client_id: @creds[:client_id], client_secret: @creds[:client_secret], jwt_token: signed_jwt)
        raise Umapi::Error, "IMS #{res.status}: #{res.body}" unless res.success?

        JSON.parse(res.body).fetch("access_token")
      end
    end

    def signed_jwt
      payload = {
        exp: 24.hours.from_now.to_i,
        iss: @creds[:org_id],
        sub: @settings[:tech_acct],
        aud: "https://#{@settings[:ims_host]}/c/#{@creds[:client_id]}",
        "https://#{@settings[:ims_host]}/s/#{@settings[:metascope]}" => true
      }
      JWT.encode(payload, OpenSSL::PKey::RSA.new(@creds[:private_key]), "RS256")
    end
  end
end
