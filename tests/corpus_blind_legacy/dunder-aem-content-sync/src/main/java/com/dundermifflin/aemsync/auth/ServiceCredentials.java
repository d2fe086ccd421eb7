package com.dundermifflin.aemsync.auth;

import java.io.File;
import java.io.IOException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The JSON downloaded from the AEM Developer Console ("Integrations" tab, "Get Service Credentials")
 * of environment author-p48213-e392011.
 */
public final class ServiceCredentials {

    public final String imsEndpoint;
    public final String metascopes;
    public final String clientId;
    public final String clientSecret;
    public final String technicalAccountId;
    public final String org;
    public final String privateKeyPem;

    private ServiceCredentials(JsonNode integration) {
        this.imsEndpoint = integration.get("imsEndpoint").asText();
        this.metascopes = integration.get("metascopes").asText();
        this.clientId = integration.get("technicalAccount").get("clientId").asText();
        this.clientSecret = integration.get("technicalAccount").get("clientSecret").asText();
        this.technicalAccountId = integration.get("id").asText();
        this.org = integration.get("org").asText();
        this.privateKeyPem = integration.get("privateKey").asText();
    }

    public static ServiceCredentials load(File file) throws IOException {
        JsonNode root = new ObjectMapper().readTree(file);
        return new ServiceCredentials(root.get("integration"));
    }
}
