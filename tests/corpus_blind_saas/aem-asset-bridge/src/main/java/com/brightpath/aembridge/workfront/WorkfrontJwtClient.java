package com.brightpath.aembridge.workfront;

import io.jsonwebtoken.Jwts;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.time.Instant;
import java.util.Date;

/** Workfront OAuth2 server authentication ("JWT flow"), Workfront's own OAuth system. */
public final class WorkfrontJwtClient {

    private final String host;
    private final String clientId;
    private final String clientSecret;
    private final String customerId;
    private final String userId;
    private final PrivateKey privateKey;
    private final HttpClient http = HttpClient.newHttpClient();

    public WorkfrontJwtClient(String host, String clientId, String clientSecret, String customerId, String userId, PrivateKey privateKey) {
        this.host = host;
        this.clientId = clientId;
        this.clientSecret = clientSecret;
        this.customerId = customerId;
        this.userId = userId;
        this.privateKey = privateKey;
    }

    public String accessToken() throws IOException, InterruptedException {
        String jwt = Jwts.builder()
                .issuer(customerId)
                .subject(userId)
                .expiration(Date.from(Instant.now().plusSeconds(600)))
                .signWith(privateKey, Jwts.SIG.RS256)
                .compact();
        String body = "client_id=" + enc(clientId) + "&client_secret=" + enc(clientSecret) + "&jwt_token=" + enc(jwt);
        HttpRequest req = HttpRequest.newBuilder(URI.create(host + "/integrations/oauth2/api/v1/jwt/exchange"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        HttpResponse<String> resp = http.send(req, HttpResponse.BodyHandlers.ofString());
        if (resp.statusCode() != 200) {
            throw new IOException("Workfront token exchange failed: " + resp.statusCode());
        }
        return new com.fasterxml.jackson.databind.ObjectMapper().readTree(resp.body()).path("access_token").asText();
    }

    private static String enc(String v) {
        return URLEncoder.encode(v, StandardCharsets.UTF_8);
    }
}
