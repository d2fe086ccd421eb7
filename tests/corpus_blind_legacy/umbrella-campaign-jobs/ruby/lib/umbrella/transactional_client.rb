require 'faraday'
require 'json'
require_relative 'adobe_jwt'

module Umbrella
  class TransactionalClient
    def initialize(cfg)
      @cfg = cfg
    end

    def access_token
      return @token if @token && Time.now < @expires_at

      resp = Faraday.post("#{@cfg['ims_host']}/ims/exchange/jwt",
                          client_id: @cfg['api_key'],
                          client_secret: @cfg['api_secret'],
                          jwt_token: AdobeJwt.new(@cfg).signed)
      raise "IMS error #{resp.status}: #{resp.body}" unless resp.success?

      body = JSON.parse(resp.body)
      @expires_at = Time.now + (body['expires_in'] / 1000) - 60
      @token = body['access_token']
    end

    def send_event(event_id, payload)
      url = "https://mc.adobe.io/#{@cfg['tenant']}/campaign/mcUmbrella/#{event_id}"
      resp = Faraday.post(url, payload.to_json,
                          'Authorization' => "Bearer #{access_token}",
                          'x-api-key' => @cfg['api_key'],
                          'Content-Type' => 'application/json')
      raise "Campaign error #{resp.status}: #{resp.body}" unless resp.success?
      JSON.parse(resp.body)
    end
  end
end
