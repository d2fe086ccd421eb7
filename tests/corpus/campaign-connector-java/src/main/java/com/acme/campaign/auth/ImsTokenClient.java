package com.acme.campaign.auth;

import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.SignatureAlgorithm;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.Date;
import java.util.Properties;
import okhttp3.FormBody;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/** Fetches an IMS access token for the Campaign technical account. */
public class ImsTokenClient {
    private final Properties config = new Properties();
    private final OkHttpClient http = new OkHttpClient();

    public ImsTokenClient() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/config.properties")) {
            config.load(in);
        }
    }

    public String fetchAccessToken() throws Exception {
        PrivateKey key = loadKey(Path.of(config.getProperty("key_path")));
        long now = System.currentTimeMillis() / 1000L;
        String jwt = Jwts.builder()
                .setIssuer(config.getProperty("orgId"))
                .setSubject(config.getProperty("technicalAccountId"))
                .setAudience(ImsConstants.AUD_PREFIX + config.getProperty("apiKey"))
                .claim(ImsConstants.METASCOPE, Boolean.TRUE)
                .setExpiration(new Date((now + Long.parseLong(config.getProperty("expirationTime"))) * 1000L))
                .signWith(key, SignatureAlgorithm.RS256)
                .compact();

        FormBody body = new FormBody.Builder()
                .add("client_id", config.getProperty("apiKey"))
                .add("client_secret", config.getProperty("secret"))
                .add("jwt_token", jwt)
                .build();
        Request req = new Request.Builder().url(ImsConstants.JWT_EXCHANGE).post(body).build();
        // Before 2.5 we called the v1 path directly:
        // Request req = new Request.Builder().url("https://ims-na1.adobelogin.com/ims/exchange/v1/jwt").post(body).build();
        try (Response resp = http.newCall(req).execute()) {
            if (!resp.isSuccessful()) {
                throw new IOException("IMS exchange failed: " + resp.code());
            }
            String json = resp.body().string();
            return json.replaceAll(".*\"access_token\"\\s*:\\s*\"([^\"]+)\".*", "$1");
        }
    }

    private static PrivateKey loadKey(Path path) throws Exception {
        String pem = Files.readString(path)
                .replace("-----BEGIN PRIVATE KEY-----", "")
                .replace("-----END PRIVATE KEY-----", "")
                .replaceAll("\\s", "");
        byte[] der = Base64.getDecoder().decode(pem);
        return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
    }
}
