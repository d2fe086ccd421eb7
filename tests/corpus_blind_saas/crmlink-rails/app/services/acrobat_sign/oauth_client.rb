module AcrobatSign
  # Acrobat Sign (formerly Adobe Sign) OAuth 2.0 authorization-code flow.
  # Each tenant's admin authorizes CRMLink once; we keep the refresh token.
  class OauthClient
    AUTHORIZE_URL = "https://secure.na1.adobesign.com/public/oauth/v2".freeze
    SCOPES = "agreement_read:account agreement_write:account agreement_send:account webhook_write:account".freeze

    def initialize(connection)
      @connection = connection
    end

    def authorize_url(state:, redirect_uri:)
      query = {
        response_type: "code",
        client_id: ENV.fetch("ACROBAT_SIGN_CLIENT_ID"),
        redirect_uri: redirect_uri,
        scope: SCOPES,
        state: state
      }
      "#{AUTHORIZE_URL}?#{query.to_query}"
    end

    def exchange_code!(code, redirect_uri:)
      token_request(grant_type: "authorization_code", code: code, redirect_uri: redirect_uri)
    end

    def refresh!
      token_request(grant_type: "refresh_token", refresh_token: @connection.refresh_token)
    end

    private

    def token_request(params)
      base = @connection.api_access_point.presence || "https://api.na1.adobesign.com/"
      path = params[:grant_type] == "refresh_token" ? "oauth/v2/refresh" : "oauth/v2/token"
      response = Faraday.post(
        URI.join(base, path).to_s,
        params.merge(client_id: ENV.fetch("ACROBAT_SIGN_CLIENT_ID"), client_secret: ENV.fetch("ACROBAT_SIGN_CLIENT_SECRET"))
      )
      JSON.parse(response.body)
    end
  end
end
