require 'jwt'
require 'openssl'

module Umbrella
  # Signed JWT for the Adobe I/O Service Account integration "Umbrella Campaign".
  class AdobeJwt
    def initialize(cfg)
      @cfg = cfg
    end

    def payload
      {
        exp: Time.now.to_i + 86_400,
        iss: @cfg['org_id'],
        sub: @cfg['tech_acct'],
        aud: "#{@cfg['ims_host']}/c/#{@cfg['api_key']}",
        "#{@cfg['ims_host']}/s/#{@cfg['metascope']}" => true
      }
    end

    def signed
      key = OpenSSL::PKey::RSA.new(File.read(File.expand_path("../../#{@cfg['private_key_path']}", __dir__)))
      JWT.encode(payload, key, 'RS256')
    end
  end
end
