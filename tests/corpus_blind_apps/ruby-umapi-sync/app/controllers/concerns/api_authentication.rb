# frozen_string_literal: true

# Bearer tokens for the internal sync dashboard API (minted by SessionsController).
module ApiAuthentication
  extend ActiveSupport::Concern

  included do
    before_action :authenticate_api_user!
  end

  def self.issue(user)
    JWT.encode({ sub: user.id, exp: 8.hours.from_now.to_i }, Rails.application.secret_key_base, "HS256")
  end

  private

  def authenticate_api_user!
    raw = request.authorization.to_s.delete_prefix("Bearer ")
    payload, = JWT.decode(raw, Rails.application.secret_key_base, true, algorithm: "HS256")
    @current_user = User.find(payload["sub"])
  rescue JWT::DecodeError, ActiveRecord::RecordNotFound
    head :unauthorized
  end
end
