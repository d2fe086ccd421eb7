package com.brightpath.aembridge.auth;

import io.jsonwebtoken.Jwts;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Access token for AEM as a Cloud Service using AEM service credentials
 * (technical account created in the AEM Developer Console, metascope ent_aem_cloud_api).
 */
public final class AemAccessTokenProvider {

    private final AemServiceCredentials creds;
    private final HttpClient http = HttpClient.newHttpClient();

    public AemAccessTokenProvider(AemServiceCredentials creds) {
        this.creds = creds;
    }

    public String fetchAccessToken() throws IOException, InterruptedException {
        String ims = "https://" + creds.imsEndpoint();
        Instant now = Instant.now();
        var builder = Jwts.builder()
                .issuer(creds.orgId())
                .subject(creds.technicalAccountId())
                .claim("aud", ims + "/c/" + creds.clientId())
                .expiration(Date.from(now.plusSeconds(8 * 3600)));
        for (String metascope : creds.metascopes().split(",")) {
            builder.claim(ims + "/s/" + metascope.trim(), Boolean.TRUE);
        }
        String assertion = builder.signWith(privateKey(), Jwts.SIG.RS256).compact();

        Map<String, String> form = Map.of(
                "client_id", creds.clientId(),
                "client_secret", creds.clientSecret(),
                "jwt_token", assertion);
        HttpRequest request = HttpRequest.newBuilder(URI.create(ims + "/ims/exchange/jwt"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encode(form)))
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException("IMS returned " + response.statusCode() + ": " + response.body());
        }
        return new com.fasterxml.jackson.databind.ObjectMapper().readTree(response.body()).path("access_token").asText();
    }

    private PrivateKey privateKey() throws IOException {
        try (PEMParser parser = new PEMParser(new StringReader(creds.privateKeyPem()))) {
            Object parsed = parser.readObject();
            JcaPEMKeyConverter converter = new JcaPEMKeyConverter();
            if (parsed instanceof PEMKeyPair pair) {
                return converter.getKeyPair(pair).getPrivate();
            }
            return converter.getPrivateKey((PrivateKeyInfo) parsed);
        }
    }

    private static String encode(Map<String, String> form) {
        return form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
