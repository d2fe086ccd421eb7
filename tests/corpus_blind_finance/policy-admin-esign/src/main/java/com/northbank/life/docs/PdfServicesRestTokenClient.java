package com.northbank.life.docs;

import java.time.Instant;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.reactive.function.BodyInserters;
import org.springframework.web.reactive.function.client.WebClient;

/** Token for the REST-only electronic seal operation (not covered by the Java SDK we use). */
@Component
public class PdfServicesRestTokenClient {

    private static final String TOKEN_URL = "https://pdf-services-ew1.adobe.io/token";

    private final WebClient web = WebClient.create();
    private final String clientId;
    private final String clientSecret;
    private String token;
    private Instant expiresAt = Instant.EPOCH;

    public PdfServicesRestTokenClient(@Value("${adobe.pdf-services.client-id}") String clientId,
                                      @Value("${adobe.pdf-services.client-secret}") String clientSecret) {
        this.clientId = clientId;
        this.clientSecret = clientSecret;
    }

    @SuppressWarnings("unchecked")
    public synchronized String token() {
        if (token != null && Instant.now().isBefore(expiresAt.minusSeconds(300))) {
            return token;
        }
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("client_id", clientId);
        form.add("client_secret", clientSecret);
        Map<String, Object> body = web.post().uri(TOKEN_URL)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(BodyInserters.fromFormData(form))
                .retrieve().bodyToMono(Map.class).block();
        token = (String) body.get("access_token");
        expiresAt = Instant.now().plusSeconds(((Number) body.get("expires_in")).longValue());
        return token;
    }
}
