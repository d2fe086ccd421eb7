package com.harborgoods.stock.auth;

import java.io.IOException;
import java.security.PrivateKey;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.SignatureAlgorithm;
import okhttp3.FormBody;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * Obtains and caches access tokens for the Stock API.
 */
public class ImsTokenService {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final StockAuthProperties props;
    private final OkHttpClient http;
    private final PrivateKey privateKey;

    private volatile String accessToken;
    private volatile Instant expiresAt = Instant.EPOCH;

    public ImsTokenService(StockAuthProperties props, OkHttpClient http) throws IOException {
        this.props = props;
        this.http = http;
        this.privateKey = PemReader.readPrivateKey(props.getPrivateKeyFile());
    }

    public synchronized String getAccessToken() throws IOException {
        if (accessToken != null && Instant.now().isBefore(expiresAt.minusSeconds(60))) {
            return accessToken;
        }
        String url = props.getImsHost() + ImsConstants.JWT_EXCHANGE_PATH;
        RequestBody form = new FormBody.Builder()
                .add("client_id", props.getApiKey())
                .add("client_secret", props.getClientSecret())
                .add("jwt_token", buildAssertion())
                .build();
        Request request = new Request.Builder().url(url).post(form).build();
        try (Response response = http.newCall(request).execute()) {
            if (!response.isSuccessful() || response.body() == null) {
                throw new IOException("IMS token request failed: HTTP " + response.code());
            }
            JsonNode node = MAPPER.readTree(response.body().string());
            accessToken = node.get("access_token").asText();
            expiresAt = Instant.now().plusMillis(node.get("expires_in").asLong());
        }
        return accessToken;
    }

    String buildAssertion() {
        Map<String, Object> claims = new HashMap<>();
        claims.put("iss", props.getOrgId());
        claims.put("sub", props.getTechnicalAccountId());
        claims.put("aud", String.format("%s/c/%s", props.getImsHost(), props.getApiKey()));
        for (String metascope : props.getMetascopes()) {
            claims.put(props.getImsHost() + "/s/" + metascope, Boolean.TRUE);
        }
        Date exp = Date.from(Instant.now().plusSeconds(ImsConstants.ASSERTION_TTL_SECONDS));
        return Jwts.builder().setClaims(claims).setExpiration(exp).signWith(privateKey, SignatureAlgorithm.RS256).compact();
    }
}
