# Legacy Adobe I/O client, only used by the Analytics report task (lib/tasks/reports.rake).
AdobeIo.configure do |config|
  config.api_key = ENV.fetch("IO_API_KEY")
  config.client_secret = ENV.fetch("IO_CLIENT_SECRET")
  config.ims_host = ENV.fetch("IO_IMS_HOST", "ims-na1.adobelogin.com")
  config.iss = ENV.fetch("IO_ISS")
  config.sub = ENV.fetch("IO_SUB")
  config.private_key = ENV.fetch("IO_PRIVATE_KEY")
end
