namespace :reports do
  desc "Weekly Analytics summary for the marketing team"
  task weekly: :environment do
    token = AdobeIo::AccessToken.new.token
    resp = Faraday.get("https://analytics.adobe.io/api/acmeglobal/reportsuites/collections/suites",
                       nil, { "Authorization" => "Bearer #{token}", "x-api-key" => ENV.fetch("IO_API_KEY") })
    puts resp.status
  end
end
