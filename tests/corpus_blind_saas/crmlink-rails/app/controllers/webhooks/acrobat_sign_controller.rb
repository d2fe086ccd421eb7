module Webhooks
  # Acrobat Sign verifies a webhook URL by sending X-AdobeSign-ClientId and expecting it echoed back.
  class AcrobatSignController < ActionController::API
    def verify
      echo_client_id
    end

    def create
      return head :unauthorized unless request.headers["X-AdobeSign-ClientId"] == ENV["ACROBAT_SIGN_CLIENT_ID"]

      AgreementEventJob.perform_later(request.raw_post)
      echo_client_id
    end

    private

    def echo_client_id
      response.set_header("X-AdobeSign-ClientId", ENV["ACROBAT_SIGN_CLIENT_ID"])
      render json: { xAdobeSignClientId: ENV["ACROBAT_SIGN_CLIENT_ID"] }
    end
  end
end
