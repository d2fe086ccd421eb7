package com.acme.campaignsync.adobe;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

@Component
public class CampaignProfileClient {

    private final ImsTokenService tokens;
    private final AdobeImsProperties ims;
    private final String base;
    private final HttpClient http = HttpClient.newHttpClient();

    public CampaignProfileClient(ImsTokenService tokens, AdobeImsProperties ims,
                                 @Value("${adobe.campaign.tenant}") String tenant) {
        this.tokens = tokens;
        this.ims = ims;
        this.base = String.format(AdobeEndpoints.CAMPAIGN_BASE_FMT, tenant);
    }

    public String upsertProfile(String json) throws Exception {
        HttpRequest req = HttpRequest.newBuilder(URI.create(base + AdobeEndpoints.PROFILES_PATH))
                .header("Authorization", "Bearer " + tokens.accessToken())
                .header("X-Api-Key", ims.getClientId())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build();
        return http.send(req, HttpResponse.BodyHandlers.ofString()).body();
    }
}
