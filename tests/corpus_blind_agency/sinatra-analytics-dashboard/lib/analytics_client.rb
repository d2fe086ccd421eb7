require 'faraday'
require 'json'
require_relative 'adobe_ims'

class AnalyticsClient
  BASE = 'https://analytics.adobe.io/api'.freeze

  def initialize
    @cfg = AdobeIms.config
  end

  def top_pages(from:, to:, limit: 10)
    body = {
      rsid: @cfg['report_suite'],
      globalFilters: [{ type: 'dateRange', dateRange: "#{from}T00:00:00.000/#{to}T23:59:59.999" }],
      metricContainer: { metrics: [{ columnId: '0', id: 'metrics/pageviews' }] },
      dimension: 'variables/page',
      settings: { limit: limit, page: 0 }
    }
    res = conn.post("#{BASE}/#{@cfg['global_company_id']}/reports", body.to_json)
    JSON.parse(res.body).fetch('rows', [])
  end

  private

  def conn
    Faraday.new(headers: {
      'Authorization' => "Bearer #{AdobeIms.access_token}",
      'x-api-key' => ENV.fetch('ADOBE_CLIENT_ID'),
      'x-proxy-global-company-id' => @cfg['global_company_id'],
      'Content-Type' => 'application/json'
    })
  end
end
