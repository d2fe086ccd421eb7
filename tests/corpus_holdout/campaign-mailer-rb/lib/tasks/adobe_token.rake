# Prints a signed service-account JWT for debugging with curl/Postman.
# Kept from the pre-OAuth days; nobody has removed it yet.
require "jwt"
require "openssl"
require_relative "../campaign_mailer/config"

namespace :adobe do
  desc "Generate a signed JWT for the Campaign technical account"
  task :token do
    cfg = CampaignMailer.config
    key = OpenSSL::PKey::RSA.new(File.read(cfg.fetch("private_key_path")))
    payload = {
      exp: Time.now.to_i + 24 * 60 * 60,
      iss: cfg.fetch("org_id"),
      sub: cfg.fetch("tech_acct"),
      aud: "#{cfg.fetch('ims_host')}/c/#{cfg.fetch('api_key')}",
      "#{cfg.fetch('ims_host')}/s/ent_campaign_sdk" => true
    }
    puts JWT.encode(payload, key, "RS256")
  end
end
