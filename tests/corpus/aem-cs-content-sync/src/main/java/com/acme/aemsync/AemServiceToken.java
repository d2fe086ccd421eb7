package com.acme.aemsync;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jsonwebtoken.Jwts;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.RSAPrivateCrtKeySpec;
import java.util.Date;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Exchanges the AEM as a Cloud Service "service credentials" (AEM Developer Console,
 * Integrations tab) for an access token. These are not Developer Console JWT credentials.
 */
public final class AemServiceToken {
    private static final ObjectMapper JSON = new ObjectMapper();

    public static String fetch(Path credentialsFile) throws Exception {
        JsonNode integration = JSON.readTree(Files.readString(credentialsFile)).get("integration");
        String ims = "https://" + integration.get("imsEndpoint").asText();
        String clientId = integration.at("/technicalAccount/clientId").asText();
        String clientSecret = integration.at("/technicalAccount/clientSecret").asText();
        PrivateKey key = Pkcs1.parse(integration.get("privateKey").asText());

        String jwt = Jwts.builder()
                .issuer(integration.get("org").asText())
                .subject(integration.get("id").asText())
                .audience().add(ims + "/c/" + clientId).and()
                .claim(ims + "/s/" + integration.get("metascopes").asText(), Boolean.TRUE)
                .expiration(new Date(System.currentTimeMillis() + 300_000))
                .signWith(key, Jwts.SIG.RS256)
                .compact();

        Map<String, String> form = Map.of("client_id", clientId, "client_secret", clientSecret, "jwt_token", jwt);
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest req = HttpRequest.newBuilder(URI.create(ims + "/ims/exchange/jwt"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        HttpResponse<String> resp = HttpClient.newHttpClient().send(req, HttpResponse.BodyHandlers.ofString());
        return JSON.readTree(resp.body()).get("access_token").asText();
    }

    private AemServiceToken() {
    }
}
