package gov.westmarkparks.permits.adobe;

import io.jsonwebtoken.Jwts;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;

/**
 * Gets an Adobe IMS access token with the Service Account (JWT) flow and caches it.
 */
@Component
public class ImsTokenClient {

    private final ImsProperties props;
    private final RestClient rest = RestClient.create();
    private volatile String token;
    private volatile Instant expiresAt = Instant.EPOCH;

    public ImsTokenClient(ImsProperties props) {
        this.props = props;
    }

    public synchronized String accessToken() {
        if (token != null && Instant.now().isBefore(expiresAt.minusSeconds(60))) {
            return token;
        }
        var builder = Jwts.builder()
                .issuer(props.orgId())
                .subject(props.technicalAccountId())
                .expiration(Date.from(Instant.now().plusSeconds(300)))
                .claim("aud", props.baseUrl() + "/c/" + props.clientId());
        for (String scope : props.metascopes()) {
            builder.claim(props.baseUrl() + "/s/" + scope, Boolean.TRUE);
        }
        String jwt = builder.signWith(privateKey(), Jwts.SIG.RS256).compact();

        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("client_id", props.clientId());
        form.add("client_secret", props.clientSecret());
        form.add("jwt_token", jwt);
        @SuppressWarnings("unchecked")
        Map<String, Object> body = rest.post().uri(props.exchangeUrl())
                .contentType(org.springframework.http.MediaType.APPLICATION_FORM_URLENCODED)
                .body(form).retrieve().body(Map.class);

        token = (String) body.get("access_token");
        long ms = ((Number) body.get("expires_in")).longValue();
        expiresAt = Instant.now().plusMillis(ms);
        return token;
    }

    private PrivateKey privateKey() {
        try {
            String pem = props.privateKeyLocation().getContentAsString(StandardCharsets.US_ASCII)
                    .replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
        } catch (IOException | java.security.GeneralSecurityException e) {
            throw new IllegalStateException("cannot load Adobe private key", e);
        }
    }
}
