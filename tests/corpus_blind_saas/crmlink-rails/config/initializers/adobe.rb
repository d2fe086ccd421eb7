Rails.application.config.adobe = Rails.application.config_for(:adobe)
