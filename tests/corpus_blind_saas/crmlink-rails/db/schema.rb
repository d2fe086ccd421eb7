# This file is auto-generated from the current state of the database. Instead
# of editing this file, please use the migrations feature of Active Record to
# incrementally modify your database, and then regenerate this schema definition.

ActiveRecord::Schema[7.2].define(version: 2024_06_11_150232) do
  enable_extension "plpgsql"

  create_table "adobe_integrations", force: :cascade do |t|
    t.bigint "tenant_id", null: false
    t.string "org_id", null: false
    t.string "client_id", null: false
    t.text "client_secret_ciphertext"
    t.string "tech_account_id"
    t.string "metascopes", default: "ent_campaign_sdk"
    t.text "private_key_ciphertext"
    t.string "campaign_tenant"
    t.datetime "created_at", null: false
    t.datetime "updated_at", null: false
    t.string "auth_mode", default: "jwt", null: false
    t.string "oauth_scopes"
    t.datetime "last_token_at"
    t.index ["tenant_id"], name: "index_adobe_integrations_on_tenant_id", unique: true
  end

  create_table "acrobat_sign_connections", force: :cascade do |t|
    t.bigint "tenant_id", null: false
    t.string "api_access_point"
    t.text "refresh_token_ciphertext"
    t.datetime "created_at", null: false
    t.datetime "updated_at", null: false
  end

  create_table "tenants", force: :cascade do |t|
    t.string "name", null: false
    t.string "subdomain", null: false
    t.datetime "created_at", null: false
    t.datetime "updated_at", null: false
    t.index ["subdomain"], name: "index_tenants_on_subdomain", unique: true
  end

  add_foreign_key "adobe_integrations", "tenants"
  add_foreign_key "acrobat_sign_connections", "tenants"
end
