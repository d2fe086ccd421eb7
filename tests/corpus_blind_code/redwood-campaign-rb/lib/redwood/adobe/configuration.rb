module Redwood
  module Adobe
    class Configuration
      attr_accessor :ims_host, :org_id, :client_id, :client_secret, :tech_acct,
                    :scopes, :private_key_path, :metascope, :campaign_tenant

      def initialize
        @ims_host      = ENV.fetch('REDWOOD_IMS_HOST', 'ims-na1.adobelogin.com')
        @org_id        = ENV['REDWOOD_ADOBE_ORG_ID']
        @client_id     = ENV['REDWOOD_ADOBE_CLIENT_ID']
        @client_secret = ENV['REDWOOD_ADOBE_CLIENT_SECRET']
        @tech_acct     = ENV['REDWOOD_ADOBE_TECH_ACCT']
        @scopes        = ENV.fetch('REDWOOD_ADOBE_SCOPES', 'openid,AdobeID,campaign_sdk,additional_info.projectedProductContext,campaign_config_server_general,deliverability_service_general')
        @campaign_tenant = ENV.fetch('REDWOOD_CAMPAIGN_TENANT', 'redwoodoutdoor')

        # used by `rake adobe:jwt` only
        @private_key_path = ENV.fetch('REDWOOD_ADOBE_KEY', 'config/keys/private.key')
        @metascope        = 'ent_campaign_sdk'
      end
    end
  end
end
