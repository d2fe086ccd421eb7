package com.acme.analytics.adobe;

import java.security.PrivateKey;
import java.util.HashMap;
import java.util.Map;

import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.SignatureAlgorithm;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Builds the signed JWT that IMS exchanges for an access token.
 */
@Component
public class ImsJwtFactory {

    private final AdobeImsProperties props;
    private final PrivateKeyLoader keyLoader;

    @Autowired
    public ImsJwtFactory(AdobeImsProperties props, PrivateKeyLoader keyLoader) {
        this.props = props;
        this.keyLoader = keyLoader;
    }

    public String createSignedJwt() {
        long now = System.currentTimeMillis() / 1000L;

        Map<String, Object> claims = new HashMap<>();
        claims.put("exp", now + AdobeImsConstants.JWT_TTL_SECONDS);
        claims.put("iss", props.getOrgId());
        claims.put("sub", props.getTechnicalAccountId());
        claims.put("aud", AdobeImsConstants.AUD_PREFIX + props.getClientId());
        for (String metascope : props.getMetascopes()) {
            claims.put(AdobeImsConstants.METASCOPE_PREFIX + metascope, Boolean.TRUE);
        }

        PrivateKey key = keyLoader.load(props.getPrivateKeyLocation());
        return Jwts.builder()
                .setClaims(claims)
                .signWith(SignatureAlgorithm.RS256, key)
                .compact();
    }
}
