package com.acmeretail.triggers.ajo;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import com.adobe.aio.ims.ImsService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

@Component
public class JourneyEventPublisher {

    private final ImsService imsService;
    private final RestClient http;
    private final String inletUrl;
    private final String sandbox;

    public JourneyEventPublisher(ImsService ajoImsService, RestClient.Builder builder,
                                 @Value("${adobe.ajo.inlet-url}") String inletUrl,
                                 @Value("${adobe.ajo.sandbox}") String sandbox) {
        this.imsService = ajoImsService;
        this.http = builder.build();
        this.inletUrl = inletUrl;
        this.sandbox = sandbox;
    }

    public void cartAbandoned(String email, String cartId, double value) {
        Map<String, Object> event = Map.of(
                "header", Map.of("schemaRef", Map.of("id", "https://ns.adobe.com/acmeretail/schemas/cart-abandoned",
                        "contentType", "application/vnd.adobe.xed-full+json;version=1")),
                "body", Map.of("xdmEntity", Map.of(
                        "_id", UUID.randomUUID().toString(),
                        "timestamp", Instant.now().toString(),
                        "eventType", "commerce.cartAbandoned",
                        "_acmeretail", Map.of("cartId", cartId, "cartValue", value),
                        "identityMap", Map.of("Email", new Object[] {Map.of("id", email, "primary", true)}))));
        http.post().uri(inletUrl)
                .header("Authorization", "Bearer " + imsService.getAccessToken().getAccessToken())
                .header("x-sandbox-name", sandbox)
                .body(event)
                .retrieve()
                .toBodilessEntity();
    }
}
