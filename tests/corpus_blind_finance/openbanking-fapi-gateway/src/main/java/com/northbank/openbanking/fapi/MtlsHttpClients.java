package com.northbank.openbanking.fapi;

import java.net.http.HttpClient;
import java.time.Duration;

import io.quarkus.tls.TlsConfigurationRegistry;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class MtlsHttpClients {

    private final TlsConfigurationRegistry registry;

    public MtlsHttpClients(TlsConfigurationRegistry registry) {
        this.registry = registry;
    }

    public HttpClient aspsp() throws Exception {
        var tls = registry.get("aspsp").orElseThrow();
        return HttpClient.newBuilder()
                .sslContext(tls.createSSLContext())
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }
}
