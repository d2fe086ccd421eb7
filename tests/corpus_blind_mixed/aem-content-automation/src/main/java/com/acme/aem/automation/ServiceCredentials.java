package com.acme.aem.automation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;

/**
 * The JSON downloaded from the AEM Developer Console (Integrations tab -> "Get Service Credentials").
 */
public final class ServiceCredentials {
  public final String imsEndpoint;
  public final String metascopes;
  public final String clientId;
  public final String clientSecret;
  public final String technicalAccountId;
  public final String org;
  private final String privateKeyPem;

  private ServiceCredentials(JsonNode integration) {
    this.imsEndpoint = integration.get("imsEndpoint").asText();
    this.metascopes = integration.get("metascopes").asText();
    this.clientId = integration.path("technicalAccount").get("clientId").asText();
    this.clientSecret = integration.path("technicalAccount").get("clientSecret").asText();
    this.technicalAccountId = integration.get("id").asText();
    this.org = integration.get("org").asText();
    this.privateKeyPem = integration.get("privateKey").asText();
  }

  public static ServiceCredentials load(Path file) throws Exception {
    JsonNode root = new ObjectMapper().readTree(Files.readString(file));
    return new ServiceCredentials(root.get("integration"));
  }

  public PrivateKey privateKey() throws Exception {
    try (PEMParser parser = new PEMParser(new StringReader(privateKeyPem))) {
      return new JcaPEMKeyConverter().getKeyPair((PEMKeyPair) parser.readObject()).getPrivate();
    }
  }
}
