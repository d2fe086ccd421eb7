package com.acme.analytics.adobe;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Service;
import org.springframework.web.client.RestTemplate;

@Service
public class AnalyticsReportClient {

    private final RestTemplate rest = new RestTemplate();
    private final ImsTokenClient tokens;
    private final AdobeImsProperties props;

    @Value("${adobe.analytics.company-id}")
    private String companyId;

    @Autowired
    public AnalyticsReportClient(ImsTokenClient tokens, AdobeImsProperties props) {
        this.tokens = tokens;
        this.props = props;
    }

    public String runReport(String requestJson) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.set("Authorization", "Bearer " + tokens.getAccessToken());
        headers.set("x-api-key", props.getClientId());
        headers.set("x-proxy-global-company-id", companyId);
        ResponseEntity<String> response = rest.exchange(
                AdobeImsConstants.ANALYTICS_API_BASE + companyId + "/reports",
                HttpMethod.POST, new HttpEntity<>(requestJson, headers), String.class);
        return response.getBody();
    }
}
