require "faraday"
require "json"
require_relative "config"
require_relative "access_token"

module CampaignMailer
  class Transactional
    def initialize(token: AccessToken.new)
      @token = token
      @cfg = CampaignMailer.config
    end

    def send_event(event_id, email, ctx = {})
      url = "https://mc.adobe.io/#{@cfg['tenant']}/campaign/mcExampleCorp/#{event_id}"
      resp = Faraday.post(url, { email: email, ctx: ctx }.to_json,
                          "Authorization" => "Bearer #{@token}",
                          "X-Api-Key" => @cfg["api_key"],
                          "Content-Type" => "application/json")
      raise "campaign #{resp.status}" unless resp.success?
      JSON.parse(resp.body)
    end
  end
end
