require 'sinatra/base'
require 'dotenv/load'
require_relative 'lib/analytics_client'
require_relative 'lib/session_token'
require_relative 'lib/sheets_export'

class DashboardApp < Sinatra::Base
  set :sessions, false

  helpers do
    def current_user
      SessionToken.verify(request.cookies['dash_session'].to_s)
    end
  end

  before do
    pass if request.path_info == '/login'
    halt 401, 'login required' unless current_user
  end

  post '/login' do
    halt 403 unless params[:password] == ENV.fetch('TEAM_PASSWORD')
    response.set_cookie('dash_session', value: SessionToken.issue(params[:user]), httponly: true, secure: true)
    redirect '/'
  end

  get '/' do
    @rows = AnalyticsClient.new.top_pages(from: (Date.today - 7).to_s, to: Date.today.to_s)
    erb :index
  end

  post '/export' do
    rows = AnalyticsClient.new.top_pages(from: (Date.today - 7).to_s, to: Date.today.to_s)
    SheetsExport.new(ENV.fetch('CLIENT_SHEET_ID')).write_rows(rows.map { |r| [r['value'], r['data'].first] })
    'ok'
  end
end
