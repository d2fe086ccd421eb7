require 'redwood/adobe/configuration'
require 'redwood/adobe/client'

module Redwood
  module Adobe
    class << self
      def configuration
        @configuration ||= Configuration.new
      end

      def configure
        yield configuration
      end

      def client
        @client ||= Client.new(configuration)
      end
    end
  end
end
