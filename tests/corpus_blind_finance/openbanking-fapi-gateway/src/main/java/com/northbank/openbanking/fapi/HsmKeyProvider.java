package com.northbank.openbanking.fapi;

import java.io.FileInputStream;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.Security;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

@ApplicationScoped
public class HsmKeyProvider {

    @ConfigProperty(name = "fapi.signing.keystore.type")
    String type;

    @ConfigProperty(name = "fapi.signing.keystore.provider-config", defaultValue = "")
    String providerConfig;

    @ConfigProperty(name = "fapi.signing.keystore.path", defaultValue = "")
    String path;

    @ConfigProperty(name = "fapi.signing.key-alias")
    String alias;

    @ConfigProperty(name = "fapi.signing.pin")
    String pin;

    private volatile PrivateKey cached;

    public PrivateKey signingKey() throws Exception {
        if (cached == null) {
            synchronized (this) {
                if (cached == null) {
                    cached = load();
                }
            }
        }
        return cached;
    }

    private PrivateKey load() throws Exception {
        KeyStore ks;
        if ("PKCS11".equals(type)) {
            Provider p = Security.getProvider("SunPKCS11").configure(providerConfig);
            Security.addProvider(p);
            ks = KeyStore.getInstance("PKCS11", p);
            ks.load(null, pin.toCharArray());
        } else {
            ks = KeyStore.getInstance(type);
            try (FileInputStream in = new FileInputStream(path)) {
                ks.load(in, pin.toCharArray());
            }
        }
        return (PrivateKey) ks.getKey(alias, pin.toCharArray());
    }
}
