class CreateAdobeIntegrations < ActiveRecord::Migration[6.1]
  def change
    create_table :adobe_integrations do |t|
      t.references :tenant, null: false, foreign_key: true, index: { unique: true }
      t.string :org_id, null: false
      t.string :client_id, null: false
      t.text :client_secret_ciphertext
      t.string :tech_account_id
      t.string :metascopes, default: "ent_campaign_sdk"
      t.text :private_key_ciphertext
      t.string :campaign_tenant
      t.timestamps
    end
  end
end
