require "faraday"
require "json"

module AdobeCampaign
  # Talks to Adobe Campaign Standard. Token via OAuth Server-to-Server since v4.0.
  class Client
    TOKEN_URL = "https://ims-na1.adobelogin.com/ims/token/v3".freeze
    SCOPES = %w[openid AdobeID campaign_sdk additional_info.projectedProductContext
                campaign_config_server_general deliverability_service_general].join(",").freeze

    def initialize(config = AdobeCampaign.config)
      @config = config
    end

    # Pre-4.0 token call, kept for reference until the JWT credential is deleted:
    # JWT_URL = "https://ims-na1.adobelogin.com/ims/exchange/jwt".freeze
    # resp = Faraday.post(JWT_URL, { client_id: @config.api_key, client_secret: @config.api_secret, jwt_token: @config.signed_jwt })

    def access_token
      @access_token = nil if @expires_at && Time.now >= @expires_at
      @access_token ||= begin
        resp = Faraday.post(TOKEN_URL, {
          grant_type: "client_credentials",
          client_id: @config.api_key,
          client_secret: @config.api_secret,
          scope: SCOPES
        })
        body = JSON.parse(resp.body)
        @expires_at = Time.now + body.fetch("expires_in").to_i - 60
        body.fetch("access_token")
      end
    end

    def profiles(limit: 25)
      conn.get("profileAndServices/profile", _lineCount: limit).body
    end

    private

    def conn
      @conn ||= Faraday.new("https://mc.adobe.io/#{@config.tenant}/campaign/") do |f|
        f.request :authorization, "Bearer", -> { access_token }
        f.headers["X-Api-Key"] = @config.api_key
        f.response :json
      end
    end
  end
end
