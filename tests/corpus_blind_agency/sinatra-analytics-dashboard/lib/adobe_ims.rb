require 'faraday'
require 'json'
require 'yaml'

# Fetches and caches an IMS access token with the client-credentials grant.
module AdobeIms
  class << self
    def access_token
      return @token if @token && Time.now < @expires_at

      res = Faraday.post(config.fetch('ims_token_url'), {
        grant_type: 'client_credentials',
        client_id: ENV.fetch('ADOBE_CLIENT_ID'),
        client_secret: ENV.fetch('ADOBE_CLIENT_SECRET'),
        scope: config.fetch('scopes').join(',')
      })
      raise "IMS token request failed (#{res.status}): #{res.body}" unless res.success?

      body = JSON.parse(res.body)
      @expires_at = Time.now + body['expires_in'].to_i - 120 # seconds
      @token = body['access_token']
    end

    def config
      @config ||= YAML.load_file(File.expand_path('../config/adobe.yml', __dir__))
    end
  end
end
