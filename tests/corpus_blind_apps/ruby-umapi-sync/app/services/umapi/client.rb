# frozen_string_literal: true

module Umapi
  class Error < StandardError; end

  class Client
    def initialize(tokens: TokenProvider.current, settings: Umapi.settings, creds: Umapi.credentials)
      @tokens = tokens
      @settings = settings
      @creds = creds
    end

    def users(page = 0)
      get("users/#{@creds[:org_id]}/#{page}")
    end

    def apply(commands)
      path = "action/#{@creds[:org_id]}"
      path += "?testOnly=true" if @settings[:test_only]
      response = http.post(path, commands.to_json, "Content-Type" => "application/json")
      JSON.parse(response.body)
    end

    private

    def get(path)
      JSON.parse(http.get(path).body)
    end

    def http
      Faraday.new(url: @settings[:umapi_host] + "/") do |f|
        f.headers["Authorization"] = "Bearer #{@tokens.access_token}"
        f.headers["X-Api-Key"] = @creds[:client_id]
        f.headers["Accept"] = "application/json"
      end
    end
  end
end
