require "rails_helper"

RSpec.describe Umapi::Client do
  let(:tokens) { instance_double(Umapi::TokenProvider, access_token: "test-token") }
  let(:creds) { { org_id: "TESTORG@AdobeOrg", client_id: "test-client" } }
  let(:settings) { { umapi_host: "https://usermanagement.adobe.io/v2/usermanagement", test_only: true } }

  it "sends commands in test mode" do
    stub = stub_request(:post, "https://usermanagement.adobe.io/v2/usermanagement/action/TESTORG@AdobeOrg?testOnly=true")
           .with(headers: { "Authorization" => "Bearer test-token", "X-Api-Key" => "test-client" })
           .to_return(body: { result: "success", completed: 1 }.to_json)

    result = described_class.new(tokens: tokens, settings: settings, creds: creds).apply([{ user: "a@example.com", do: [] }])

    expect(stub).to have_been_requested
    expect(result["result"]).to eq("success")
  end
end
