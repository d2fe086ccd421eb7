package com.northbank.life.esign;

import java.time.Instant;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.reactive.function.BodyInserters;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * Acrobat Sign OAuth: an account admin consented once (authorization code); we keep the
 * refresh token in Vault and refresh the access token every hour.
 */
@Service
public class AcrobatSignTokenService {

    private final WebClient web = WebClient.create();
    private final String refreshUrl;
    private final String clientId;
    private final String clientSecret;
    private final String refreshToken;
    private String accessToken;
    private Instant expiresAt = Instant.EPOCH;

    public AcrobatSignTokenService(@Value("${acrobat-sign.oauth.refresh-url}") String refreshUrl,
                                   @Value("${acrobat-sign.oauth.client-id}") String clientId,
                                   @Value("${acrobat-sign.oauth.client-secret}") String clientSecret,
                                   @Value("${acrobat-sign.oauth.refresh-token}") String refreshToken) {
        this.refreshUrl = refreshUrl;
        this.clientId = clientId;
        this.clientSecret = clientSecret;
        this.refreshToken = refreshToken;
    }

    @SuppressWarnings("unchecked")
    public synchronized String accessToken() {
        if (accessToken != null && Instant.now().isBefore(expiresAt.minusSeconds(120))) {
            return accessToken;
        }
        LinkedMultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("grant_type", "refresh_token");
        form.add("client_id", clientId);
        form.add("client_secret", clientSecret);
        form.add("refresh_token", refreshToken);
        Map<String, Object> body = web.post().uri(refreshUrl)
                .body(BodyInserters.fromFormData(form)).retrieve().bodyToMono(Map.class).block();
        accessToken = (String) body.get("access_token");
        expiresAt = Instant.now().plusSeconds(((Number) body.get("expires_in")).longValue());
        return accessToken;
    }
}
