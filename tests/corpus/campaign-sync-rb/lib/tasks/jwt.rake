namespace :adobe_campaign do
  desc "Sign a JWT for the Adobe Campaign technical account (paste into ADOBE_SIGNED_JWT)"
  task sign_jwt: :environment do
    require "jwt"
    cfg = AdobeCampaign.config
    payload = {
      exp: 1.day.from_now.to_i,
      iss: cfg.org_id,
      sub: cfg.tech_acct,
      aud: "https://ims-na1.adobelogin.com/c/#{cfg.api_key}",
      "https://ims-na1.adobelogin.com/s/ent_campaign_sdk" => true
    }
    key = OpenSSL::PKey::RSA.new(File.read(Rails.root.join("config/keys/private.key")))
    puts JWT.encode(payload, key, "RS256")
  end
end
