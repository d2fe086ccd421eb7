package com.northbank.rates.aem;

import com.fasterxml.jackson.databind.JsonNode;

/** Subset of the JSON produced by the AEM Developer Console ("Get Service Credentials"). */
public record AemServiceCredentials(String imsEndpoint, String metascopes, String clientId,
                                    String clientSecret, String technicalAccountId, String orgId,
                                    String privateKeyPem) {

    public static AemServiceCredentials from(JsonNode root) {
        JsonNode i = root.path("integration");
        return new AemServiceCredentials(
                i.path("imsEndpoint").asText(),
                i.path("metascopes").asText(),
                i.path("technicalAccount").path("clientId").asText(),
                i.path("technicalAccount").path("clientSecret").asText(),
                i.path("id").asText(),
                i.path("org").asText(),
                i.path("privateKey").asText());
    }
}
