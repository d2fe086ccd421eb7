package com.acme.sync.salesforce;

import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.SignatureAlgorithm;
import java.io.InputStream;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestTemplate;

/**
 * OAuth 2.0 JWT Bearer flow for the Salesforce connected app "Adobe Campaign Sync".
 * The certificate is uploaded to the connected app; the key lives in the JKS.
 */
@Component
public class SalesforceJwtBearerAuth {

    @Value("${salesforce.login-url}") private String loginUrl;
    @Value("${salesforce.token-path}") private String tokenPath;
    @Value("${salesforce.consumer-key}") private String consumerKey;
    @Value("${salesforce.username}") private String username;
    @Value("${salesforce.keystore}") private Resource keystore;
    @Value("${salesforce.keystore-alias}") private String alias;
    @Value("${salesforce.keystore-password}") private String keystorePassword;

    private final RestTemplate rest = new RestTemplate();

    @SuppressWarnings("unchecked")
    public SalesforceSession login() throws Exception {
        String assertion = Jwts.builder()
                .setIssuer(consumerKey)
                .setSubject(username)
                .setAudience(loginUrl)
                .setExpiration(Date.from(Instant.now().plusSeconds(180)))
                .signWith(privateKey(), SignatureAlgorithm.RS256)
                .compact();

        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("grant_type", "urn:ietf:params:oauth:grant-type:jwt-bearer");
        form.add("assertion", assertion);
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        Map<String, Object> body = rest.postForObject(loginUrl + tokenPath, new HttpEntity<>(form, headers), Map.class);
        return new SalesforceSession((String) body.get("access_token"), (String) body.get("instance_url"));
    }

    private PrivateKey privateKey() throws Exception {
        KeyStore ks = KeyStore.getInstance("JKS");
        try (InputStream in = keystore.getInputStream()) {
            ks.load(in, keystorePassword.toCharArray());
        }
        return (PrivateKey) ks.getKey(alias, keystorePassword.toCharArray());
    }

    public record SalesforceSession(String accessToken, String instanceUrl) { }
}
