# frozen_string_literal: true

namespace :umapi do
  desc "Print the first page of Admin Console users (uses UMAPI_AUTH to pick the token source)"
  task whoami: :environment do
    pp Umapi::Client.new.users(0).fetch("users", []).first(5)
  end

  desc "Dry-run the nightly sync (testOnly=true)"
  task dry_run: :environment do
    Umapi.settings[:test_only] = true
    SyncUsersJob.perform_now
  end
end
