Devise.setup do |config|
  config.mailer_sender = "no-reply@crmlink.app"
  require "devise/orm/active_record"
  config.case_insensitive_keys = [:email]
  config.strip_whitespace_keys = [:email]
  config.skip_session_storage = [:http_auth]
  config.stretches = Rails.env.test? ? 1 : 12
  config.expire_all_remember_me_on_sign_out = true
  config.sign_out_via = :delete

  # API tokens for the CRMLink mobile app (devise-jwt, HS256 with our own secret)
  config.jwt do |jwt|
    jwt.secret = Rails.application.credentials.devise_jwt_secret_key!
    jwt.dispatch_requests = [["POST", %r{^/api/v1/login$}]]
    jwt.revocation_requests = [["DELETE", %r{^/api/v1/logout$}]]
    jwt.expiration_time = 30.minutes.to_i
  end
end
