package com.examplecorp.campaign.ims;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.SignatureAlgorithm;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;

public class TokenClient {
    private static final Logger LOG = LoggerFactory.getLogger(TokenClient.class);
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final ImsSettings cfg;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private String token;
    private Instant expiresAt = Instant.EPOCH;

    public TokenClient(ImsSettings cfg) {
        this.cfg = cfg;
    }

    private String imsUrl(String path) {
        return "https://" + cfg.host + path;
    }

    String signAssertion() throws Exception {
        PrivateKey key = KeyLoader.fromClasspath(cfg.privateKeyResource);
        Map<String, Object> claims = new HashMap<>();
        claims.put("iss", cfg.orgId);
        claims.put("sub", cfg.technicalAccountId);
        claims.put("aud", imsUrl("/c/" + cfg.clientId));
        claims.put(imsUrl("/s/" + cfg.metascope), Boolean.TRUE);
        return Jwts.builder()
                .setClaims(claims)
                .setExpiration(Date.from(Instant.now().plusSeconds(cfg.ttlSeconds)))
                .signWith(key, SignatureAlgorithm.RS256)
                .compact();
    }

    public synchronized String accessToken() throws Exception {
        if (token != null && Instant.now().isBefore(expiresAt.minusSeconds(60))) {
            return token;
        }
        String body = "client_id=" + enc(cfg.clientId)
                + "&client_secret=" + enc(cfg.clientSecret)
                + "&jwt_token=" + enc(signAssertion());
        HttpRequest req = HttpRequest.newBuilder(URI.create(imsUrl(cfg.exchangePath)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        HttpResponse<String> resp = http.send(req, HttpResponse.BodyHandlers.ofString());
        if (resp.statusCode() != 200) {
            LOG.error("IMS returned {}: {}", resp.statusCode(), resp.body());
            throw new IllegalStateException("token request failed");
        }
        JsonNode json = MAPPER.readTree(resp.body());
        token = json.get("access_token").asText();
        expiresAt = Instant.now().plusMillis(json.get("expires_in").asLong());
        return token;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
