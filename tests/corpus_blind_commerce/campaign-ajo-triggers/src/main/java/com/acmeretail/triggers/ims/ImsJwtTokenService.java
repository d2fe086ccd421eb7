package com.acmeretail.triggers.ims;

import java.security.PrivateKey;
import java.time.Instant;
import java.util.Date;
import java.util.concurrent.atomic.AtomicReference;

import com.acmeretail.triggers.config.AdobeImsProperties;
import io.jsonwebtoken.JwtBuilder;
import io.jsonwebtoken.Jwts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Service;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;

@Service
public class ImsJwtTokenService implements ImsTokenSource {

    private static final Logger LOG = LoggerFactory.getLogger(ImsJwtTokenService.class);

    private record CachedToken(String value, Instant expiresAt) {
    }

    private final AdobeImsProperties props;
    private final RestClient restClient;
    private final PrivateKey privateKey;
    private final AtomicReference<CachedToken> cache = new AtomicReference<>();

    public ImsJwtTokenService(AdobeImsProperties props, RestClient.Builder builder) throws Exception {
        this.props = props;
        this.restClient = builder.build();
        this.privateKey = PrivateKeyLoader.load(props.getPrivateKeyLocation());
    }

    @Override
    public String accessToken() {
        CachedToken current = cache.get();
        if (current != null && current.expiresAt().isAfter(Instant.now().plusSeconds(120))) {
            return current.value();
        }
        synchronized (this) {
            current = cache.get();
            if (current == null || !current.expiresAt().isAfter(Instant.now().plusSeconds(120))) {
                current = refresh();
                cache.set(current);
            }
            return current.value();
        }
    }

    String signedJwt() {
        Instant now = Instant.now();
        JwtBuilder builder = Jwts.builder()
                .issuer(props.getOrgId())
                .subject(props.getTechnicalAccountId())
                .audience().add(props.getHost() + "/c/" + props.getClientId()).and()
                .expiration(Date.from(now.plus(props.getJwtExpiry())));
        for (String metascope : props.getMetascopes()) {
            builder.claim(props.getHost() + "/s/" + metascope, Boolean.TRUE);
        }
        return builder.signWith(privateKey, Jwts.SIG.RS256).compact();
    }

    private CachedToken refresh() {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("client_id", props.getClientId());
        form.add("client_secret", props.getClientSecret());
        form.add("jwt_token", signedJwt());

        ImsTokenResponse body = restClient.post()
                .uri(props.getHost() + props.getExchangePath())
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(form)
                .retrieve()
                .body(ImsTokenResponse.class);
        if (body == null || body.accessToken() == null) {
            throw new IllegalStateException("Empty response from Adobe IMS");
        }
        // the exchange endpoint returns expires_in in milliseconds
        Instant expiresAt = Instant.now().plusMillis(body.expiresIn());
        LOG.info("Obtained Adobe IMS token, valid until {}", expiresAt);
        return new CachedToken(body.accessToken(), expiresAt);
    }
}
