require 'webmock/rspec'
require 'redwood/adobe'

RSpec.describe Redwood::Adobe::Client do
  let(:config) do
    Redwood::Adobe::Configuration.new.tap do |c|
      c.client_id = 'cid'
      c.client_secret = 'secret'
      c.scopes = 'openid,AdobeID,campaign_sdk'
    end
  end

  it 'requests a client-credentials token and caches it' do
    stub = stub_request(:post, 'https://ims-na1.adobelogin.com/ims/token/v3')
           .with(body: hash_including('grant_type' => 'client_credentials', 'client_id' => 'cid'))
           .to_return(status: 200, body: { access_token: 'tok', expires_in: 86_399 }.to_json)

    client = described_class.new(config)
    expect(client.access_token).to eq('tok')
    expect(client.access_token).to eq('tok')
    expect(stub).to have_been_requested.once
  end
end
