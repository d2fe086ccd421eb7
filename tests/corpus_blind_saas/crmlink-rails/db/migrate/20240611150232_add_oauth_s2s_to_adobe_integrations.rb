class AddOauthS2sToAdobeIntegrations < ActiveRecord::Migration[7.1]
  def change
    add_column :adobe_integrations, :auth_mode, :string, null: false, default: "jwt"
    add_column :adobe_integrations, :oauth_scopes, :string
    add_column :adobe_integrations, :last_token_at, :datetime
  end
end
