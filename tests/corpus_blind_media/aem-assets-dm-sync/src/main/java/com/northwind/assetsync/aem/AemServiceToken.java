package com.northwind.assetsync.aem;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.SignatureAlgorithm;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;

/**
 * Access token for AEM as a Cloud Service (author tier), built from the "service credentials"
 * JSON downloaded from the AEM Developer Console (Integrations tab, technical account
 * cm-p48213-e301775-integration-1).
 */
public final class AemServiceToken {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final JsonNode integration;
  private final HttpClient http = HttpClient.newHttpClient();

  public AemServiceToken(String serviceCredentialsJson) throws IOException {
    this.integration = MAPPER.readTree(serviceCredentialsJson).path("integration");
  }

  String signedAssertion() throws IOException {
    String ims = "https://" + integration.path("imsEndpoint").asText();
    String clientId = integration.path("technicalAccount").path("clientId").asText();
    Map<String, Object> claims = new HashMap<>();
    claims.put("iss", integration.path("org").asText());
    claims.put("sub", integration.path("id").asText());
    claims.put("exp", Instant.now().plusSeconds(3600).getEpochSecond());
    claims.put("aud", ims + "/c/" + clientId);
    for (String metascope : integration.path("metascopes").asText().split(",")) {
      claims.put(ims + "/s/" + metascope.trim(), Boolean.TRUE);
    }
    return Jwts.builder().setClaims(claims).signWith(privateKey(), SignatureAlgorithm.RS256).compact();
  }

  private PrivateKey privateKey() throws IOException {
    try (PEMParser parser = new PEMParser(new StringReader(integration.path("privateKey").asText()))) {
      PEMKeyPair pair = (PEMKeyPair) parser.readObject();
      return new JcaPEMKeyConverter().getKeyPair(pair).getPrivate();
    }
  }

  public String fetch() throws IOException, InterruptedException {
    String ims = "https://" + integration.path("imsEndpoint").asText();
    JsonNode account = integration.path("technicalAccount");
    String form = "client_id=" + enc(account.path("clientId").asText())
        + "&client_secret=" + enc(account.path("clientSecret").asText())
        + "&jwt_token=" + enc(signedAssertion());
    HttpRequest request = HttpRequest.newBuilder(URI.create(ims + "/ims/exchange/jwt"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form))
        .build();
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IOException("AEM token request failed: " + response.statusCode() + " " + response.body());
    }
    return MAPPER.readTree(response.body()).path("access_token").asText();
  }

  private static String enc(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
