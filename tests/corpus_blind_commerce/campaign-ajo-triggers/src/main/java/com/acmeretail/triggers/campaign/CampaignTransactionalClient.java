package com.acmeretail.triggers.campaign;

import java.util.Map;

import com.acmeretail.triggers.config.AdobeImsProperties;
import com.acmeretail.triggers.ims.ImsTokenSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

@Component
public class CampaignTransactionalClient {

    private final ImsTokenSource tokens;
    private final AdobeImsProperties ims;
    private final RestClient http;
    private final String baseUrl;

    public CampaignTransactionalClient(ImsTokenSource tokens, AdobeImsProperties ims, RestClient.Builder builder,
                                       @Value("${adobe.campaign.base-url}") String baseUrl) {
        this.tokens = tokens;
        this.ims = ims;
        this.http = builder.build();
        this.baseUrl = baseUrl;
    }

    /** POST /campaign/mcAcmeRetail/{eventId} – Campaign Standard transactional message. */
    public void send(String eventId, String email, Map<String, Object> ctx) {
        http.post()
                .uri(baseUrl + "/mcAcmeRetail/" + eventId)
                .header("Authorization", "Bearer " + tokens.accessToken())
                .header("X-Api-Key", ims.getClientId())
                .body(Map.of("email", email, "ctx", ctx))
                .retrieve()
                .toBodilessEntity();
    }
}
