# frozen_string_literal: true

require "docusign_esign"

# Sends membership agreements through DocuSign using the JWT grant (impersonation).
class DocusignEnvelopeSender
  SCOPES = %w[signature impersonation].freeze

  def initialize(settings = Settings.docusign)
    @settings = settings
    @api_client = DocuSign_eSign::ApiClient.new(DocuSign_eSign::Configuration.new)
    @api_client.set_oauth_base_path(@settings.oauth_base_path)
  end

  def access_token
    private_key = File.read(@settings.private_key_path)
    token = @api_client.request_jwt_user_token(
      ENV.fetch("DOCUSIGN_INTEGRATION_KEY"),
      ENV.fetch("DOCUSIGN_IMPERSONATED_USER_ID"),
      private_key,
      3600,
      SCOPES
    )
    token.access_token
  end

  def send_agreement(member)
    envelopes = DocuSign_eSign::EnvelopesApi.new(authorized_client)
    definition = DocuSign_eSign::EnvelopeDefinition.new(
      templateId: @settings.template_id,
      templateRoles: [{ email: member.email, name: member.full_name, roleName: "Member" }],
      status: "sent"
    )
    envelopes.create_envelope(@settings.account_id, definition)
  end

  private

  def authorized_client
    @api_client.set_default_header("Authorization", "Bearer #{access_token}")
    @api_client
  end
end
