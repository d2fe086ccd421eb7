package com.acme.analytics.crm;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import com.acme.analytics.adobe.PrivateKeyLoader;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.SignatureAlgorithm;
import org.apache.http.NameValuePair;
import org.apache.http.client.entity.UrlEncodedFormEntity;
import org.apache.http.client.methods.CloseableHttpResponse;
import org.apache.http.client.methods.HttpPost;
import org.apache.http.impl.client.CloseableHttpClient;
import org.apache.http.impl.client.HttpClients;
import org.apache.http.message.BasicNameValuePair;
import org.apache.http.util.EntityUtils;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Service;

/**
 * OAuth 2.0 JWT bearer flow for the Salesforce connected app "ACME Analytics Export".
 */
@Service
public class SalesforceJwtBearerClient {

    private static final String GRANT_TYPE = "urn:ietf:params:oauth:grant-type:jwt-bearer";

    @Value("${salesforce.login-url}")
    private String loginUrl;

    @Value("${salesforce.consumer-key}")
    private String consumerKey;

    @Value("${salesforce.username}")
    private String username;

    @Value("${salesforce.key-location}")
    private Resource keyLocation;

    private final ObjectMapper mapper = new ObjectMapper();

    public String fetchAccessToken() throws IOException {
        PrivateKey key = new PrivateKeyLoader().load(keyLocation);
        String assertion = Jwts.builder()
                .setIssuer(consumerKey)
                .setSubject(username)
                .setAudience(loginUrl)
                .setExpiration(new Date(System.currentTimeMillis() + 180_000L))
                .signWith(SignatureAlgorithm.RS256, key)
                .compact();

        List<NameValuePair> form = new ArrayList<>();
        form.add(new BasicNameValuePair("grant_type", GRANT_TYPE));
        form.add(new BasicNameValuePair("assertion", assertion));

        HttpPost post = new HttpPost(loginUrl + "/services/oauth2/token");
        post.setEntity(new UrlEncodedFormEntity(form, StandardCharsets.UTF_8));
        try (CloseableHttpClient http = HttpClients.createDefault();
             CloseableHttpResponse response = http.execute(post)) {
            String body = EntityUtils.toString(response.getEntity(), StandardCharsets.UTF_8);
            return mapper.readTree(body).get("access_token").asText();
        }
    }
}
