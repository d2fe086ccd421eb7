package com.acmeretail.triggers.ims;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.List;

import com.acmeretail.triggers.config.AdobeImsProperties;
import io.jsonwebtoken.Claims;
import io.jsonwebtoken.Jwts;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.web.client.RestClient;

class ImsJwtTokenServiceTest {

    @Test
    void jwtCarriesAudienceAndMetascope() throws Exception {
        KeyPairGenerator gen = KeyPairGenerator.getInstance("RSA");
        gen.initialize(2048);
        KeyPair kp = gen.generateKeyPair();

        AdobeImsProperties props = new AdobeImsProperties();
        props.setClientId("test-client");
        props.setOrgId("ORG@AdobeOrg");
        props.setTechnicalAccountId("TECH@techacct.adobe.com");
        props.setMetascopes(List.of("ent_campaign_sdk"));

        ImsJwtTokenService svc = org.mockito.Mockito.mock(ImsJwtTokenService.class,
                org.mockito.Mockito.CALLS_REAL_METHODS);
        ReflectionTestUtils.setField(svc, "props", props);
        ReflectionTestUtils.setField(svc, "privateKey", kp.getPrivate());

        Claims claims = Jwts.parser().verifyWith(kp.getPublic()).build()
                .parseSignedClaims(svc.signedJwt()).getPayload();

        assertThat(claims.getAudience()).containsExactly("https://ims-na1.adobelogin.com/c/test-client");
        assertThat(claims.get("https://ims-na1.adobelogin.com/s/ent_campaign_sdk", Boolean.class)).isTrue();
        assertThat(claims.getIssuer()).isEqualTo("ORG@AdobeOrg");
    }
}
