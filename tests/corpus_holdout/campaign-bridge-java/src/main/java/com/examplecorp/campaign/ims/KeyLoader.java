package com.examplecorp.campaign.ims;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;

final class KeyLoader {
    private KeyLoader() {}

    /** Reads a PEM private key from the classpath. Expects PKCS#8 after conversion in the build. */
    static PrivateKey fromClasspath(String resource) throws Exception {
        try (InputStream in = KeyLoader.class.getClassLoader().getResourceAsStream(resource)) {
            String pem = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replaceAll("-----(BEGIN|END)[A-Z ]*-----", "")
                    .replaceAll("\\s", "");
            byte[] der = Base64.getDecoder().decode(pem);
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
        }
    }
}
