package com.northbank.loandocs.corebank;

import java.io.InputStream;
import java.security.KeyStore;

import javax.net.ssl.SSLContext;

import org.apache.hc.core5.ssl.SSLContexts;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;

/**
 * Mutual TLS towards the core banking facility API (T24 gateway). The client certificate is
 * issued by the internal PKI and rotated by cert-manager; the truststore only contains the
 * gateway CA.
 */
@Configuration
public class CoreBankingClientConfig {

    @Bean
    SSLContext coreBankingSslContext(
            @Value("${corebank.tls.key-store}") Resource keyStore,
            @Value("${corebank.tls.key-store-password}") char[] keyStorePassword,
            @Value("${corebank.tls.trust-store}") Resource trustStore,
            @Value("${corebank.tls.trust-store-password}") char[] trustStorePassword) throws Exception {
        KeyStore ks = KeyStore.getInstance("PKCS12");
        try (InputStream in = keyStore.getInputStream()) {
            ks.load(in, keyStorePassword);
        }
        KeyStore ts = KeyStore.getInstance("PKCS12");
        try (InputStream in = trustStore.getInputStream()) {
            ts.load(in, trustStorePassword);
        }
        return SSLContexts.custom()
                .loadKeyMaterial(ks, keyStorePassword)
                .loadTrustMaterial(ts, null)
                .build();
    }
}
