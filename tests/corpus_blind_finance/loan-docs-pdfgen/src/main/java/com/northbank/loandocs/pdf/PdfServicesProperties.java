package com.northbank.loandocs.pdf;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Bound from {@code adobe.pdf.*}. Values come from Vault in every cluster environment.
 */
@ConfigurationProperties(prefix = "adobe.pdf")
public record PdfServicesProperties(
        String clientId,
        String clientSecret,
        String orgId,
        String technicalAccountId,
        String privateKeyPath,
        String credentialsFile,
        String region,
        int timeoutSeconds) {
}
