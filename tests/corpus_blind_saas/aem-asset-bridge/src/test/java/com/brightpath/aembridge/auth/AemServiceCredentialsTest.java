package com.brightpath.aembridge.auth;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AemServiceCredentialsTest {

    @Test
    void readsServiceCredentialsDownload() throws Exception {
        var creds = AemServiceCredentials.load(Path.of("src/test/resources/aem-service-credentials.sample.json"));
        assertEquals("cm-p48213-e311502-integration-0", creds.clientId());
        assertTrue(creds.privateKeyPem().startsWith("-----BEGIN RSA PRIVATE KEY-----"));
    }
}
