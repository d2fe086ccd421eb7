module Adobe
  # OAuth Server-to-Server (client credentials) token request.
  class S2sTokenFetcher
    def initialize(integration, config: Rails.application.config.adobe)
      @integration = integration
      @config = config
    end

    def call
      response = Faraday.post(
        "#{@config[:ims_host]}#{@config[:token_path]}",
        grant_type: "client_credentials",
        client_id: @integration.client_id,
        client_secret: @integration.client_secret,
        scope: @integration.oauth_scopes.presence || @config[:default_scopes]
      )
      raise "IMS token request failed (#{response.status}): #{response.body}" unless response.success?

      body = JSON.parse(response.body)
      { token: body["access_token"], expires_in_seconds: body["expires_in"].to_i }
    end
  end
end
