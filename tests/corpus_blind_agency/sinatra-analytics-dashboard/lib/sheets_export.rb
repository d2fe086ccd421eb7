require 'googleauth'
require 'google/apis/sheets_v4'

# Pushes the weekly table to the client's Google Sheet using a Google service account
# (JWT bearer grant handled by googleauth).
class SheetsExport
  SCOPE = ['https://www.googleapis.com/auth/spreadsheets'].freeze

  def initialize(sheet_id)
    @sheet_id = sheet_id
    @service = Google::Apis::SheetsV4::SheetsService.new
    @service.authorization = Google::Auth::ServiceAccountCredentials.make_creds(
      json_key_io: File.open(ENV.fetch('GOOGLE_SA_JSON', 'config/google-service-account.json')),
      scope: SCOPE
    )
  end

  def write_rows(rows)
    range = 'Weekly!A2'
    values = Google::Apis::SheetsV4::ValueRange.new(values: rows)
    @service.update_spreadsheet_value(@sheet_id, range, values, value_input_option: 'RAW')
  end
end
