package com.acme.campaignsync.adobe;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jsonwebtoken.Jwts;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

@Service
public class ImsTokenService {

    private record Token(String value, Instant expiresAt) {}

    private final AdobeImsProperties props;
    private final PrivateKeyLoader keyLoader;
    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper mapper = new ObjectMapper();
    private Token cached;

    public ImsTokenService(AdobeImsProperties props, PrivateKeyLoader keyLoader) {
        this.props = props;
        this.keyLoader = keyLoader;
    }

    public synchronized String accessToken() {
        if (cached != null && Instant.now().isBefore(cached.expiresAt().minusSeconds(60))) {
            return cached.value();
        }
        cached = "oauth".equalsIgnoreCase(props.getAuthMode()) ? clientCredentials() : jwtExchange();
        return cached.value();
    }

    private Token clientCredentials() {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "client_credentials");
        form.put("client_id", props.getClientId());
        form.put("client_secret", props.getClientSecret());
        form.put("scope", props.getOauth().getScopes());
        JsonNode json = post(props.getHost() + AdobeEndpoints.TOKEN_PATH, form);
        return new Token(json.get("access_token").asText(),
                Instant.now().plusSeconds(json.get("expires_in").asLong()));
    }

    /** Legacy service-account flow -- delete together with adobe.ims.jwt.* (CAMP-412). */
    private Token jwtExchange() {
        AdobeImsProperties.Jwt jwt = props.getJwt();
        Instant now = Instant.now();
        String assertion = Jwts.builder()
                .issuer(props.getOrgId())
                .subject(jwt.getTechnicalAccountId())
                .audience().add(String.format(AdobeEndpoints.CLAIM_AUDIENCE_FMT, props.getHost(), props.getClientId())).and()
                .claim(String.format(AdobeEndpoints.CLAIM_METASCOPE_FMT, props.getHost(), jwt.getMetascopes()), Boolean.TRUE)
                .expiration(Date.from(now.plusSeconds(jwt.getTtlSeconds())))
                .signWith(keyLoader.load(jwt.getPrivateKeyLocation()), Jwts.SIG.RS256)
                .compact();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("client_id", props.getClientId());
        form.put("client_secret", props.getClientSecret());
        form.put("jwt_token", assertion);
        JsonNode json = post(props.getHost() + AdobeEndpoints.JWT_EXCHANGE_PATH, form);
        return new Token(json.get("access_token").asText(), now.plusMillis(json.get("expires_in").asLong()));
    }

    private JsonNode post(String url, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest req = HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        try {
            HttpResponse<String> resp = http.send(req, HttpResponse.BodyHandlers.ofString());
            if (resp.statusCode() != 200) {
                throw new IllegalStateException("IMS returned " + resp.statusCode() + ": " + resp.body());
            }
            return mapper.readTree(resp.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
