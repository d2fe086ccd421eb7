# frozen_string_literal: true

Devise.setup do |config|
  config.mailer_sender = "no-reply@portal.acme-retail.example"
  require "devise/orm/active_record"
  config.case_insensitive_keys = [:email]
  config.strip_whitespace_keys = [:email]
  config.skip_session_storage = [:http_auth, :params_auth]
  config.navigational_formats = []

  # Mobile app and SPA use JWTs issued by devise-jwt (our own tokens).
  config.jwt do |jwt|
    jwt.secret = ENV.fetch("DEVISE_JWT_SECRET_KEY")
    jwt.dispatch_requests = [["POST", %r{^/api/login$}]]
    jwt.revocation_requests = [["DELETE", %r{^/api/logout$}]]
    jwt.expiration_time = 2.hours.to_i
    jwt.algorithm = "HS256"
  end

  # Staff sign in with their Adobe ID (Adobe IMS, authorization code flow).
  config.omniauth :adobe_ims, ENV["ADOBE_IMS_CLIENT_ID"], ENV["ADOBE_IMS_CLIENT_SECRET"],
                  scope: "openid,AdobeID,email,profile"
end
