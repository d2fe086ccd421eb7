package com.dundermifflin.aemsync.auth;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;

/**
 * Exchanges the AEM as a Cloud Service technical account (service credentials) for an
 * access token, as documented in "Generating Access Tokens for Server-Side APIs".
 */
public class AemAccessTokenProvider {

    private final ServiceCredentials creds;

    public AemAccessTokenProvider(ServiceCredentials creds) {
        this.creds = creds;
    }

    public String fetchAccessToken() throws IOException {
        long exp = System.currentTimeMillis() / 1000L + 60L * 60L * 8L;

        Map<String, Object> claims = new HashMap<>();
        claims.put("exp", exp);
        claims.put("iss", creds.org);
        claims.put("sub", creds.technicalAccountId);
        claims.put("aud", "https://" + creds.imsEndpoint + "/c/" + creds.clientId);
        for (String scope : creds.metascopes.split(",")) {
            claims.put("https://" + creds.imsEndpoint + "/s/" + scope.trim(), Boolean.TRUE);
        }

        String jwt = Jwts.builder().setClaims(claims).signWith(SignatureAlgorithm.RS256, privateKey()).compact();

        List<NameValuePair> form = new ArrayList<>();
        form.add(new BasicNameValuePair("client_id", creds.clientId));
        form.add(new BasicNameValuePair("client_secret", creds.clientSecret));
        form.add(new BasicNameValuePair("jwt_token", jwt));

        HttpPost post = new HttpPost("https://" + creds.imsEndpoint + "/ims/exchange/jwt");
        post.setEntity(new UrlEncodedFormEntity(form, StandardCharsets.UTF_8));
        try (CloseableHttpClient http = HttpClients.createDefault();
             CloseableHttpResponse response = http.execute(post)) {
            String body = EntityUtils.toString(response.getEntity(), StandardCharsets.UTF_8);
            return new ObjectMapper().readTree(body).get("access_token").asText();
        }
    }

    private PrivateKey privateKey() throws IOException {
        try (PEMParser parser = new PEMParser(new StringReader(creds.privateKeyPem))) {
            Object obj = parser.readObject();
            return new JcaPEMKeyConverter().getKeyPair((PEMKeyPair) obj).getPrivate();
        }
    }
}
