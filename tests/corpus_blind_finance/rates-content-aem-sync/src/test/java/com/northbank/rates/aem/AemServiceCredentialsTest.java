package com.northbank.rates.aem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class AemServiceCredentialsTest {

    @Test
    void parsesServiceCredentialJson() throws Exception {
        var json = new ObjectMapper().readTree(getClass().getResourceAsStream("/aem-service-credentials.sample.json"));
        var c = AemServiceCredentials.from(json);
        assertEquals("ims-na1.adobelogin.com", c.imsEndpoint());
        assertTrue(c.clientId().startsWith("cm-p118842-e1204417"));
        assertTrue(c.privateKeyPem().contains("PRIVATE KEY"));
    }
}
