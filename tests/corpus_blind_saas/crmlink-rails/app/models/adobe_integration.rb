class AdobeIntegration < ApplicationRecord
  belongs_to :tenant

  has_encrypted :client_secret
  has_encrypted :private_key # Service Account (JWT) credentials only

  enum :auth_mode, { jwt: "jwt", oauth_s2s: "oauth_s2s" }, prefix: :auth

  validates :org_id, format: { with: /\A[0-9A-F]{24}@AdobeOrg\z/ }
  validates :private_key, presence: true, if: :auth_jwt?
  validates :oauth_scopes, presence: true, if: :auth_oauth_s2s?

  def metascope_list
    metascopes.to_s.split(",").map(&:strip).reject(&:blank?)
  end

  def use_oauth?
    auth_oauth_s2s? && Flipper.enabled?(:adobe_oauth_s2s, tenant)
  end
end
