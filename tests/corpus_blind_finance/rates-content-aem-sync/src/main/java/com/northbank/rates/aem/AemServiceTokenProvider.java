package com.northbank.rates.aem;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.time.Instant;
import java.util.Date;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jsonwebtoken.Jwts;
import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import jakarta.inject.Singleton;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;

/**
 * Access token for AEM as a Cloud Service using the AEM service credentials (technical account).
 * Flow documented by AEM: sign a JWT with the credential's private key and exchange it at IMS.
 */
@Singleton
public class AemServiceTokenProvider {

    private final HttpClient ims;
    private final ObjectMapper mapper;
    private final Path credentialsFile;
    private volatile String token;
    private volatile Instant expiresAt = Instant.EPOCH;

    public AemServiceTokenProvider(@Client HttpClient ims, ObjectMapper mapper,
                                   @Value("${aem.service-credentials-file}") String credentialsFile) {
        this.ims = ims;
        this.mapper = mapper;
        this.credentialsFile = Path.of(credentialsFile);
    }

    public synchronized String token() throws Exception {
        if (token != null && Instant.now().isBefore(expiresAt.minusSeconds(600))) {
            return token;
        }
        AemServiceCredentials c = AemServiceCredentials.from(mapper.readTree(Files.readString(credentialsFile)));
        Instant now = Instant.now();
        String jwt = Jwts.builder()
                .issuer(c.orgId())
                .subject(c.technicalAccountId())
                .audience().add("https://" + c.imsEndpoint() + "/c/" + c.clientId()).and()
                .claim("https://" + c.imsEndpoint() + "/s/" + c.metascopes(), Boolean.TRUE)
                .expiration(Date.from(now.plusSeconds(3600)))
                .signWith(parse(c.privateKeyPem()), Jwts.SIG.RS256)
                .compact();

        HttpRequest<?> req = HttpRequest.POST("https://" + c.imsEndpoint() + "/ims/exchange/jwt",
                        Map.of("client_id", c.clientId(),
                               "client_secret", c.clientSecret(),
                               "jwt_token", jwt))
                .contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE);
        JsonNode body = ims.toBlocking().retrieve(req, JsonNode.class);
        token = body.get("access_token").asText();
        expiresAt = now.plusMillis(body.get("expires_in").asLong());
        return token;
    }

    private static PrivateKey parse(String pem) throws Exception {
        try (PEMParser p = new PEMParser(new StringReader(pem))) {
            Object o = p.readObject();
            JcaPEMKeyConverter conv = new JcaPEMKeyConverter();
            return o instanceof PEMKeyPair kp ? conv.getKeyPair(kp).getPrivate()
                    : conv.getPrivateKey((PrivateKeyInfo) o);
        }
    }
}
