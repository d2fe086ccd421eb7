require_relative 'app'
run DashboardApp
