require "erb"
require "yaml"

module CampaignMailer
  def self.config
    @config ||= begin
      env = ENV.fetch("APP_ENV", "development")
      raw = ERB.new(File.read(File.expand_path("../../config/adobe_campaign.yml", __dir__))).result
      YAML.safe_load(raw, aliases: true).fetch(env)
    end
  end
end
