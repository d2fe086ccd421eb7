# frozen_string_literal: true

require "omniauth-oauth2"

module OmniAuth
  module Strategies
    # Staff SSO via Adobe IMS (user OAuth 2.0, authorization code grant).
    class AdobeIms < OmniAuth::Strategies::OAuth2
      option :name, "adobe_ims"

      option :client_options,
             site: "https://ims-na1.adobelogin.com",
             authorize_url: "/ims/authorize/v2",
             token_url: "/ims/token/v3",
             auth_scheme: :request_body

      option :authorize_params, response_type: "code"
      option :token_params, grant_type: "authorization_code"

      uid { raw_info["sub"] }

      info do
        {
          email: raw_info["email"],
          name: raw_info["name"]
        }
      end

      def raw_info
        @raw_info ||= access_token.get("https://ims-na1.adobelogin.com/ims/userinfo/v2").parsed
      end

      def callback_url
        full_host + callback_path
      end
    end
  end
end
