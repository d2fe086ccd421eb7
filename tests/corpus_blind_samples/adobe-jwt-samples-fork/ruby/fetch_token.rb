require 'dotenv/load'
require 'adobe_io'

AdobeIo.configure do |config|
  config.client_secret = ENV.fetch('IO_CLIENT_SECRET')
  config.api_key = ENV.fetch('IO_API_KEY')
  config.ims_host = ENV.fetch('IO_IMS_HOST', 'ims-na1.adobelogin.com')
  config.private_key = File.read(ENV.fetch('IO_PRIVATE_KEY', '../config/private.key'))
  config.iss = ENV.fetch('IO_ISS')
  config.sub = ENV.fetch('IO_SUB')
end

puts AdobeIo::AccessToken.new.generate
