package com.acme.sync.campaign;

import com.acme.sync.adobe.AdobeImsTokenService;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestTemplate;

@Component
public class CampaignProfileClient {

    private final AdobeImsTokenService ims;
    private final RestTemplate rest = new RestTemplate();

    @Value("${adobe.campaign.base-url}") private String baseUrl;
    @Value("${adobe.ims.client-id}") private String apiKey;

    public CampaignProfileClient(AdobeImsTokenService ims) {
        this.ims = ims;
    }

    public void upsertProfile(Map<String, Object> profile) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(ims.accessToken());
        headers.set("X-Api-Key", apiKey);
        headers.setContentType(MediaType.APPLICATION_JSON);
        rest.exchange(baseUrl + "/profileAndServicesExt/profile", HttpMethod.POST,
                new HttpEntity<>(profile, headers), Map.class);
    }
}
