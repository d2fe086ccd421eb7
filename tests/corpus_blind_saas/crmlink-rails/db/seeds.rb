# Demo data for local development: `bin/rails db:seed`
acme = Tenant.find_or_create_by!(subdomain: "acme") { |t| t.name = "Acme Outdoor" }
zen = Tenant.find_or_create_by!(subdomain: "zen") { |t| t.name = "Zen Yoga Studios" }

AdobeIntegration.find_or_create_by!(tenant: acme) do |i|
  i.auth_mode = "jwt"
  i.org_id = "AAAA1111BBBB2222CCCC3333@AdobeOrg"
  i.client_id = "acme0000demo0000client0000id0001"
  i.client_secret = "s8e-FAKE-acme-demo-secret"
  i.tech_account_id = "DDDD4444EEEE5555FFFF6666@techacct.adobe.com"
  i.metascopes = "ent_campaign_sdk"
  i.private_key = File.read(Rails.root.join("spec/fixtures/files/adobe_jwt_test_key.pem"))
  i.campaign_tenant = "acme-mkt-stage1"
end

AdobeIntegration.find_or_create_by!(tenant: zen) do |i|
  i.auth_mode = "oauth_s2s"
  i.org_id = "1111AAAA2222BBBB3333CCCC@AdobeOrg"
  i.client_id = "zen00000demo0000client0000id0002"
  i.client_secret = "p8e-FAKE-zen-demo-secret"
  i.tech_account_id = "4444DDDD5555EEEE6666FFFF@techacct.adobe.com"
  i.oauth_scopes = "openid,AdobeID,campaign_sdk,additional_info.projectedProductContext,campaign_config_server_general,deliverability_service_general"
  i.campaign_tenant = "zen-mkt-prod1"
end

Flipper.enable_actor(:adobe_oauth_s2s, zen)
