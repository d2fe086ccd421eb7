package com.acme.analytics.adobe;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;

import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/** Reads a PKCS#8 PEM key ("BEGIN PRIVATE KEY") from the classpath or the file system. */
@Component
public class PrivateKeyLoader {

    private volatile PrivateKey cached;

    public PrivateKey load(Resource resource) {
        if (cached != null) {
            return cached;
        }
        try (Reader reader = new InputStreamReader(resource.getInputStream(), StandardCharsets.US_ASCII);
             PEMParser parser = new PEMParser(reader)) {
            PrivateKeyInfo info = (PrivateKeyInfo) parser.readObject();
            cached = new JcaPEMKeyConverter().getPrivateKey(info);
            return cached;
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read private key from " + resource, e);
        }
    }
}
