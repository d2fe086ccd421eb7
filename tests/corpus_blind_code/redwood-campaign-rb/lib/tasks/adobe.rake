require 'jwt'
require 'openssl'
require 'faraday'
require 'json'

namespace :adobe do
  desc 'Print a Campaign access token (OAuth)'
  task :token do
    puts Redwood::Adobe.client.access_token
  end

  desc 'Sign a JWT for the technical account and exchange it (pre-OAuth, kept for debugging)'
  task :jwt do
    cfg = Redwood::Adobe.configuration
    key = OpenSSL::PKey::RSA.new(File.read(cfg.private_key_path))

    payload = {
      exp: Time.now.to_i + 60 * 60 * 24,
      iss: cfg.org_id,
      sub: cfg.tech_acct,
      aud: "https://#{cfg.ims_host}/c/#{cfg.client_id}",
      "https://#{cfg.ims_host}/s/#{cfg.metascope}" => true
    }
    token = JWT.encode(payload, key, 'RS256')
    puts token

    resp = Faraday.post("https://#{cfg.ims_host}/ims/exchange/jwt", client_id: cfg.client_id, client_secret: cfg.client_secret, jwt_token: token)
    body = JSON.parse(resp.body)
    abort(body.inspect) unless resp.success?
    puts "access token valid for #{body['expires_in'] / 1000 / 60} minutes"
  end
end
