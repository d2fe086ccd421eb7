package com.northbank.openbanking.fapi;

import java.security.PrivateKey;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * RFC 7523 client assertion for {@code private_key_jwt} client authentication (FAPI 1.0 Advanced).
 * The key never leaves the HSM; {@link HsmKeyProvider} returns a PKCS#11 key handle.
 */
@ApplicationScoped
public class PrivateKeyJwtAssertion {

    public static final String ASSERTION_TYPE = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";

    @ConfigProperty(name = "fapi.client.id")
    String clientId;

    @ConfigProperty(name = "fapi.aspsp.token-endpoint")
    String tokenEndpoint;

    @ConfigProperty(name = "fapi.client.assertion.kid")
    String kid;

    @ConfigProperty(name = "fapi.client.assertion.lifetime-seconds", defaultValue = "300")
    long lifetime;

    private final HsmKeyProvider keys;

    public PrivateKeyJwtAssertion(HsmKeyProvider keys) {
        this.keys = keys;
    }

    public String create() throws Exception {
        Instant now = Instant.now();
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(clientId)
                .subject(clientId)
                .audience(tokenEndpoint)
                .jwtID(UUID.randomUUID().toString())
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plusSeconds(lifetime)))
                .build();
        JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.PS256).keyID(kid).type(JOSEObjectType.JWT).build();
        PrivateKey key = keys.signingKey();
        SignedJWT jwt = new SignedJWT(header, claims);
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }
}
