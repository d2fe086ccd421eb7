module Adobe
  # Legacy Service Account (JWT) exchange. Delete together with the private_key column.
  class JwtTokenFetcher
    def initialize(integration, config: Rails.application.config.adobe)
      @integration = integration
      @config = config
    end

    def call
      response = Faraday.post(
        "#{@config[:ims_host]}#{@config[:jwt_exchange_path]}",
        client_id: @integration.client_id,
        client_secret: @integration.client_secret,
        jwt_token: signed_jwt
      )
      raise "IMS JWT exchange failed (#{response.status}): #{response.body}" unless response.success?

      body = JSON.parse(response.body)
      { token: body["access_token"], expires_in_seconds: body["expires_in"].to_i / 1000 }
    end

    private

    def signed_jwt
      ims = @config[:ims_host]
      payload = {
        exp: 5.minutes.from_now.to_i,
        iss: @integration.org_id,
        sub: @integration.tech_account_id,
        aud: "#{ims}/c/#{@integration.client_id}"
      }
      metascopes = @integration.metascope_list.presence || [@config[:default_metascopes]]
      metascopes.each { |ms| payload["#{ims}/s/#{ms}"] = true }
      JWT.encode(payload, OpenSSL::PKey::RSA.new(@integration.private_key), "RS256")
    end
  end
end
