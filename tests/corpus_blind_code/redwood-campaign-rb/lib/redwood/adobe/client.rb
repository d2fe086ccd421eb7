require 'faraday'
require 'json'
require 'uri'

module Redwood
  module Adobe
    # Thin wrapper around the Campaign Standard REST API.
    class Client
      TOKEN_PATH = '/ims/token/v3'.freeze

      attr_reader :config

      def initialize(config)
        @config = config
      end

      def access_token
        return @token if @token && Time.now < @expires_at - 60

        resp = ims.post(TOKEN_PATH) do |req|
          req.headers['Content-Type'] = 'application/x-www-form-urlencoded'
          req.body = URI.encode_www_form(
            grant_type: 'client_credentials',
            client_id: config.client_id,
            client_secret: config.client_secret,
            scope: config.scopes
          )
        end
        raise "IMS error #{resp.status}: #{resp.body}" unless resp.success?

        body = JSON.parse(resp.body)
        @expires_at = Time.now + body['expires_in'].to_i
        @token = body['access_token']
      end

      def find_profile(email)
        resp = campaign.get('profileAndServicesExt/profile/byEmail', email: email)
        JSON.parse(resp.body)['content'].first
      end

      def update_profile(pkey, attrs)
        campaign.patch("profileAndServicesExt/profile/#{pkey}", attrs.to_json)
      end

      private

      def ims
        @ims ||= Faraday.new(url: "https://#{config.ims_host}")
      end

      def campaign
        Faraday.new(url: "https://mc.adobe.io/#{config.campaign_tenant}/campaign/") do |f|
          f.headers['Authorization'] = "Bearer #{access_token}"
          f.headers['X-Api-Key'] = config.client_id
          f.headers['Content-Type'] = 'application/json'
        end
      end
    end
  end
end
