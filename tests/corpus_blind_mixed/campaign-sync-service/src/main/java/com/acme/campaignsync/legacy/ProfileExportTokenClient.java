package com.acme.campaignsync.legacy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.SignatureAlgorithm;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Token client used by the nightly profile export. Written before we adopted aio-lib-java;
 * still wired into {@code ProfileExportJob}.
 */
public class ProfileExportTokenClient {

  private static final String TOKEN_ENDPOINT = ImsConstants.IMS_BASE + ImsConstants.EXCHANGE_PREFIX + "/jwt";

  private final HttpClient http = HttpClient.newHttpClient();
  private final ObjectMapper mapper = new ObjectMapper();
  private final String orgId;
  private final String clientId;
  private final String clientSecret;
  private final String technicalAccountId;
  private final List<String> metascopes;
  private final PrivateKey privateKey;

  private String cachedToken;
  private Instant expiresAt = Instant.EPOCH;

  public ProfileExportTokenClient(String orgId, String clientId, String clientSecret,
      String technicalAccountId, List<String> metascopes, PrivateKey privateKey) {
    this.orgId = orgId;
    this.clientId = clientId;
    this.clientSecret = clientSecret;
    this.technicalAccountId = technicalAccountId;
    this.metascopes = metascopes;
    this.privateKey = privateKey;
  }

  public synchronized String token() throws Exception {
    if (cachedToken != null && Instant.now().isBefore(expiresAt.minusSeconds(120))) {
      return cachedToken;
    }
    Map<String, Object> claims = new HashMap<>();
    claims.put("iss", orgId);
    claims.put("sub", technicalAccountId);
    claims.put("aud", ImsConstants.IMS_BASE + ImsConstants.AUDIENCE_PREFIX + clientId);
    for (String metascope : metascopes) {
      claims.put(ImsConstants.IMS_BASE + ImsConstants.METASCOPE_PREFIX + metascope, Boolean.TRUE);
    }
    String assertion = Jwts.builder()
        .setClaims(claims)
        .setExpiration(Date.from(Instant.now().plusSeconds(600)))
        .signWith(privateKey, SignatureAlgorithm.RS256)
        .compact();

    String form = "client_id=" + enc(clientId)
        + "&client_secret=" + enc(clientSecret)
        + "&jwt_token=" + enc(assertion);
    HttpRequest request = HttpRequest.newBuilder(URI.create(TOKEN_ENDPOINT))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form))
        .build();
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IllegalStateException("IMS token call failed: " + response.statusCode());
    }
    JsonNode body = mapper.readTree(response.body());
    cachedToken = body.get("access_token").asText();
    expiresAt = Instant.now().plusMillis(body.get("expires_in").asLong());
    return cachedToken;
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
