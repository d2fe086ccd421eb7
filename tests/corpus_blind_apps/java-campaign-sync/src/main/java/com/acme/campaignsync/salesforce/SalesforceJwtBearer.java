package com.acme.campaignsync.salesforce;

import io.jsonwebtoken.Jwts;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import com.acme.campaignsync.adobe.PrivateKeyLoader;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Salesforce OAuth 2.0 JWT bearer flow for the CRM contact export. Not Adobe. */
@Component
public class SalesforceJwtBearer {

    private final PrivateKeyLoader keys;
    private final String loginUrl;
    private final String consumerKey;
    private final String username;
    private final String keyLocation;

    public SalesforceJwtBearer(PrivateKeyLoader keys,
                               @Value("${salesforce.login-url}") String loginUrl,
                               @Value("${salesforce.consumer-key}") String consumerKey,
                               @Value("${salesforce.username}") String username,
                               @Value("${salesforce.key-location}") String keyLocation) {
        this.keys = keys;
        this.loginUrl = loginUrl;
        this.consumerKey = consumerKey;
        this.username = username;
        this.keyLocation = keyLocation;
    }

    public String accessToken() throws Exception {
        String assertion = Jwts.builder()
                .issuer(consumerKey)
                .subject(username)
                .audience().add(loginUrl).and()
                .expiration(Date.from(Instant.now().plusSeconds(180)))
                .signWith(keys.load(keyLocation), Jwts.SIG.RS256)
                .compact();
        String body = "grant_type=" + URLEncoder.encode("urn:ietf:params:oauth:grant-type:jwt-bearer", StandardCharsets.UTF_8)
                + "&assertion=" + assertion;
        HttpRequest req = HttpRequest.newBuilder(URI.create(loginUrl + "/services/oauth2/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        return HttpClient.newHttpClient().send(req, HttpResponse.BodyHandlers.ofString()).body();
    }
}
