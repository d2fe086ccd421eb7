require 'jwt'

# Our own login cookie for the dashboard (staff sign in with the shared team password +
# TOTP). Nothing to do with Adobe.
module SessionToken
  ALG = 'HS256'.freeze

  def self.issue(user)
    payload = { sub: user, iat: Time.now.to_i, exp: Time.now.to_i + 8 * 3600, aud: 'agency-dashboard' }
    JWT.encode(payload, ENV.fetch('SESSION_SECRET'), ALG)
  end

  def self.verify(token)
    JWT.decode(token, ENV.fetch('SESSION_SECRET'), true, algorithm: ALG, aud: 'agency-dashboard', verify_aud: true).first
  rescue JWT::DecodeError
    nil
  end
end
