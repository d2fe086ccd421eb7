module Adobe
  # Picks the credential flow per tenant. JWT stays the default until every tenant is migrated.
  class TokenProvider
    CACHE_MARGIN = 5.minutes

    def self.for(integration)
      new(integration)
    end

    def initialize(integration)
      @integration = integration
    end

    def access_token
      Rails.cache.fetch(cache_key, expires_in: ttl_hint) { fetch!.fetch(:token) }
    end

    private

    def fetch!
      result = @integration.use_oauth? ? S2sTokenFetcher.new(@integration).call : JwtTokenFetcher.new(@integration).call
      @integration.update_column(:last_token_at, Time.current)
      @ttl = result.fetch(:expires_in_seconds)
      result
    end

    def ttl_hint
      (@ttl || 1.hour.to_i).seconds - CACHE_MARGIN
    end

    def cache_key
      "adobe:token:#{@integration.id}:#{@integration.use_oauth? ? 's2s' : 'jwt'}"
    end
  end
end
