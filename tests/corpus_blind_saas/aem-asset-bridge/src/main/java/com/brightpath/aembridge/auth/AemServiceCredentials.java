package com.brightpath.aembridge.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The JSON downloaded from the AEM Developer Console ("Get Service Credentials"). */
public record AemServiceCredentials(
        String imsEndpoint,
        String clientId,
        String clientSecret,
        String technicalAccountId,
        String orgId,
        String metascopes,
        String privateKeyPem) {

    public static AemServiceCredentials load(Path file) throws IOException {
        JsonNode integration = new ObjectMapper().readTree(Files.readString(file)).path("integration");
        return new AemServiceCredentials(
                integration.path("imsEndpoint").asText("ims-na1.adobelogin.com"),
                integration.path("technicalAccount").path("clientId").asText(),
                integration.path("technicalAccount").path("clientSecret").asText(),
                integration.path("id").asText(),
                integration.path("org").asText(),
                integration.path("metascopes").asText(),
                integration.path("privateKey").asText());
    }
}
