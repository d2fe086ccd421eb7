#!/usr/bin/env ruby
require 'erb'
require 'yaml'
require 'pg'
require_relative '../lib/umbrella/transactional_client'

env = ENV.fetch('UMBRELLA_ENV', 'production')
cfg = YAML.safe_load(ERB.new(File.read(File.expand_path('../config/adobe_campaign.yml', __dir__))).result, [], [], true)[env]
client = Umbrella::TransactionalClient.new(cfg)

db = PG.connect(dbname: 'crm', host: 'umb-pg01', user: 'campaign_jobs')
db.exec("SELECT id, event_id, payload FROM outbox WHERE sent_at IS NULL ORDER BY id LIMIT 200").each do |row|
  client.send_event(row['event_id'], JSON.parse(row['payload']))
  db.exec_params('UPDATE outbox SET sent_at = now() WHERE id = $1', [row['id']])
end
