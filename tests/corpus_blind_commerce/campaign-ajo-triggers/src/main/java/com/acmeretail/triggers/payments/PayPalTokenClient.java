package com.acmeretail.triggers.payments;

import java.time.Instant;
import java.util.Base64;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;

/** Fetches refund status for the "refund issued" message. */
@Component
public class PayPalTokenClient {

    record Token(@JsonProperty("access_token") String accessToken, @JsonProperty("expires_in") long expiresIn) {
    }

    private final RestClient http;
    private final String basic;
    private String token;
    private Instant expiresAt = Instant.EPOCH;

    public PayPalTokenClient(RestClient.Builder builder,
                             @Value("${paypal.base-url}") String baseUrl,
                             @Value("${paypal.client-id}") String clientId,
                             @Value("${paypal.client-secret}") String clientSecret) {
        this.http = builder.baseUrl(baseUrl).build();
        this.basic = Base64.getEncoder().encodeToString((clientId + ":" + clientSecret).getBytes());
    }

    public synchronized String accessToken() {
        if (token == null || Instant.now().isAfter(expiresAt.minusSeconds(60))) {
            MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
            form.add("grant_type", "client_credentials");
            Token t = http.post().uri("/v1/oauth2/token")
                    .header("Authorization", "Basic " + basic)
                    .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                    .body(form)
                    .retrieve()
                    .body(Token.class);
            token = t.accessToken();
            expiresAt = Instant.now().plusSeconds(t.expiresIn());
        }
        return token;
    }
}
