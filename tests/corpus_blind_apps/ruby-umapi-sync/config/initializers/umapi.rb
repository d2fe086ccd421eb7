# frozen_string_literal: true

module Umapi
  def self.settings
    @settings ||= Rails.application.config_for(:umapi).with_indifferent_access
  end

  def self.credentials
    Rails.application.credentials.adobe
  end
end
