require "rails_helper"

RSpec.describe Adobe::JwtTokenFetcher do
  let(:integration) do
    build(:adobe_integration,
          auth_mode: "jwt",
          client_id: "spec-client",
          metascopes: "ent_campaign_sdk",
          private_key: file_fixture("adobe_jwt_test_key.pem").read)
  end

  it "exchanges a signed JWT and converts expires_in to seconds" do
    stub = stub_request(:post, "http://ims.test/ims/exchange/jwt")
           .to_return(status: 200, body: { access_token: "fake", expires_in: 86_399_992 }.to_json)

    result = described_class.new(integration).call

    expect(stub).to have_been_requested
    expect(result).to eq(token: "fake", expires_in_seconds: 86_399)
  end
end
