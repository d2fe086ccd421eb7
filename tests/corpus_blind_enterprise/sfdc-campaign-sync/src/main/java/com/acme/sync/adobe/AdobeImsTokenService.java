package com.acme.sync.adobe;

import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.SignatureAlgorithm;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Service;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestTemplate;

/**
 * Issues Adobe IMS access tokens for the Campaign Standard APIs.
 * Supports both the legacy Service Account (JWT) credential and OAuth Server-to-Server
 * while ADOBE-412 is rolled out environment by environment.
 */
@Service
public class AdobeImsTokenService {

    private static final Logger log = LoggerFactory.getLogger(AdobeImsTokenService.class);

    @Value("${adobe.ims.auth-mode}") private String authMode;
    @Value("${adobe.ims.host}") private String imsHost;
    @Value("${adobe.ims.client-id}") private String clientId;
    @Value("${adobe.ims.client-secret}") private String clientSecret;
    @Value("${adobe.ims.org-id}") private String orgId;
    @Value("${adobe.ims.technical-account-id}") private String technicalAccountId;
    @Value("${adobe.ims.jwt.exchange-path}") private String jwtExchangePath;
    @Value("${adobe.ims.jwt.meta-scopes}") private List<String> metaScopes;
    @Value("${adobe.ims.jwt.private-key}") private Resource privateKeyPem;
    @Value("${adobe.ims.jwt.token-lifetime-seconds:300}") private long jwtLifetimeSeconds;
    @Value("${adobe.ims.oauth.token-path}") private String oauthTokenPath;
    @Value("${adobe.ims.oauth.scopes}") private String oauthScopes;

    private final RestTemplate rest = new RestTemplate();
    private volatile String cachedToken;
    private volatile Instant expiresAt = Instant.EPOCH;

    public synchronized String accessToken() {
        if (cachedToken != null && Instant.now().isBefore(expiresAt.minusSeconds(120))) {
            return cachedToken;
        }
        ImsTokenResponse response = "oauth".equalsIgnoreCase(authMode) ? clientCredentials() : jwtExchange();
        cachedToken = response.getAccessToken();
        log.info("Adobe IMS token refreshed (mode={}, valid until {})", authMode, expiresAt);
        return cachedToken;
    }

    private ImsTokenResponse clientCredentials() {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("grant_type", "client_credentials");
        form.add("client_id", clientId);
        form.add("client_secret", clientSecret);
        form.add("scope", oauthScopes);
        ImsTokenResponse response = post(imsHost + oauthTokenPath, form);
        expiresAt = Instant.now().plusSeconds(response.getExpiresIn());
        return response;
    }

    /** @deprecated Service Account (JWT) path, delete after the prod cut-over of ADOBE-412. */
    @Deprecated
    private ImsTokenResponse jwtExchange() {
        Map<String, Object> claims = new HashMap<>();
        claims.put("iss", orgId);
        claims.put("sub", technicalAccountId);
        claims.put("aud", imsHost + "/c/" + clientId);
        for (String metaScope : metaScopes) {
            claims.put(imsHost + "/s/" + metaScope.trim(), Boolean.TRUE);
        }
        String jwt = Jwts.builder()
                .setClaims(claims)
                .setExpiration(Date.from(Instant.now().plusSeconds(jwtLifetimeSeconds)))
                .signWith(loadPrivateKey(), SignatureAlgorithm.RS256)
                .compact();

        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("client_id", clientId);
        form.add("client_secret", clientSecret);
        form.add("jwt_token", jwt);
        ImsTokenResponse response = post(imsHost + jwtExchangePath, form);
        expiresAt = Instant.now().plusMillis(response.getExpiresIn());
        return response;
    }

    private ImsTokenResponse post(String url, MultiValueMap<String, String> form) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        return rest.postForObject(url, new HttpEntity<>(form, headers), ImsTokenResponse.class);
    }

    private PrivateKey loadPrivateKey() {
        try (Reader reader = new InputStreamReader(privateKeyPem.getInputStream(), StandardCharsets.US_ASCII);
             PEMParser parser = new PEMParser(reader)) {
            Object parsed = parser.readObject();
            JcaPEMKeyConverter converter = new JcaPEMKeyConverter();
            if (parsed instanceof PEMKeyPair pair) {
                return converter.getPrivateKey(pair.getPrivateKeyInfo());
            }
            return converter.getPrivateKey((PrivateKeyInfo) parsed);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot load Adobe private key " + privateKeyPem, e);
        }
    }
}
