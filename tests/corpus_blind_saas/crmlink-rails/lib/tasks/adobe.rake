namespace :adobe do
  desc "Report which tenants still use the Service Account (JWT) credential"
  task jwt_report: :environment do
    AdobeIntegration.includes(:tenant).find_each do |i|
      flow = i.use_oauth? ? "oauth_s2s" : "jwt"
      puts [i.tenant.subdomain, i.auth_mode, flow, i.last_token_at&.iso8601].join("\t")
    end
  end
end
