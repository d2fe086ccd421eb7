require "faraday"
require "faraday/retry"
require "json"
require "logger"

module CampaignMailer
  # Fetches IMS access tokens with the OAuth Server-to-Server credential.
  class AccessToken
    # TOKEN_ENDPOINT = "/ims/exchange/jwt".freeze  # service account era, see rake adobe:token
    TOKEN_ENDPOINT = "/ims/token/v3".freeze

    def initialize(cfg = CampaignMailer.config, logger: Logger.new($stdout))
      @cfg = cfg
      @logger = logger
      @token = nil
      @expires_at = Time.at(0)
    end

    def to_s
      refresh! if Time.now >= @expires_at - 120
      @token
    end

    private

    def conn
      @conn ||= Faraday.new(url: @cfg.fetch("ims_host")) do |f|
        f.request :url_encoded
        f.request :retry, max: 3, interval: 0.5, backoff_factor: 2
      end
    end

    def refresh!
      resp = conn.post(TOKEN_ENDPOINT, {
        grant_type: "client_credentials",
        client_id: @cfg.fetch("api_key"),
        client_secret: @cfg.fetch("api_secret"),
        scope: @cfg.fetch("scope")
      })
      raise "IMS error #{resp.status}: #{resp.body}" unless resp.success?

      body = JSON.parse(resp.body)
      @token = body.fetch("access_token")
      @expires_at = Time.now + body.fetch("expires_in").to_i
      @logger.info("campaign token refreshed, valid #{body['expires_in']}s")
    end
  end
end
