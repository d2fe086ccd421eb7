package com.acmeretail.triggers.ims;

import com.fasterxml.jackson.annotation.JsonProperty;

public record ImsTokenResponse(
        @JsonProperty("token_type") String tokenType,
        @JsonProperty("access_token") String accessToken,
        @JsonProperty("expires_in") long expiresIn) {
}
