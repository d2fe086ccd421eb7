package com.acme.aem.automation;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.SignatureAlgorithm;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;

/**
 * Exchanges AEM as a Cloud Service service credentials for an access token, as described in
 * "Generating Access Tokens for Server-Side APIs". These credentials are issued by the AEM
 * Developer Console and are not part of the Developer Console JWT deprecation.
 */
public final class ServiceTokenFetcher {

  static final String AEM_METASCOPE = "ent_aem_cloud_api";

  private final HttpClient http = HttpClient.newHttpClient();

  public String fetch(ServiceCredentials creds) throws Exception {
    if (!AEM_METASCOPE.equals(creds.metascopes)) {
      throw new IllegalArgumentException("not an AEM service credential: " + creds.metascopes);
    }
    Instant now = Instant.now();
    String assertion = Jwts.builder()
        .setIssuer(creds.org)
        .setSubject(creds.technicalAccountId)
        .setAudience("https://" + creds.imsEndpoint + "/c/" + creds.clientId)
        .claim("https://" + creds.imsEndpoint + "/s/" + creds.metascopes, Boolean.TRUE)
        .setExpiration(Date.from(now.plusSeconds(300)))
        .signWith(creds.privateKey(), SignatureAlgorithm.RS256)
        .compact();

    String form = "client_id=" + enc(creds.clientId)
        + "&client_secret=" + enc(creds.clientSecret)
        + "&jwt_token=" + enc(assertion);
    HttpRequest req = HttpRequest.newBuilder(URI.create("https://" + creds.imsEndpoint + "/ims/exchange/jwt"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form))
        .build();
    HttpResponse<String> resp = http.send(req, HttpResponse.BodyHandlers.ofString());
    if (resp.statusCode() != 200) {
      throw new IllegalStateException("IMS returned " + resp.statusCode());
    }
    return new ObjectMapper().readTree(resp.body()).get("access_token").asText();
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
