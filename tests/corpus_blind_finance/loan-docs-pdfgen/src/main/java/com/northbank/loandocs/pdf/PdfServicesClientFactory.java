package com.northbank.loandocs.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.adobe.pdfservices.operation.ClientConfig;
import com.adobe.pdfservices.operation.ExecutionContext;
import com.adobe.pdfservices.operation.auth.Credentials;
import com.adobe.pdfservices.operation.auth.ServiceAccountCredentials;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.io.ResourceLoader;

@Configuration
public class PdfServicesClientFactory {

    private static final Logger log = LoggerFactory.getLogger(PdfServicesClientFactory.class);

    @Bean
    @Profile("local")
    public ExecutionContext localExecutionContext(PdfServicesProperties props, ResourceLoader loader) throws IOException {
        try (InputStream in = loader.getResource(props.credentialsFile()).getInputStream()) {
            Path tmp = Files.createTempFile("pdfservices-", ".json");
            Files.copy(in, tmp, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            Credentials credentials = Credentials.serviceAccountCredentialsBuilder()
                    .fromFile(tmp.toString())
                    .build();
            return ExecutionContext.create(credentials, clientConfig(props));
        }
    }

    @Bean
    @Profile("!local")
    public ExecutionContext executionContext(PdfServicesProperties props) throws IOException {
        String privateKey = Files.readString(Path.of(props.privateKeyPath()), StandardCharsets.UTF_8);
        ServiceAccountCredentials credentials = Credentials.serviceAccountCredentialsBuilder()
                .withClientId(props.clientId())
                .withClientSecret(props.clientSecret())
                .withPrivateKey(privateKey)
                .withOrganizationId(props.orgId())
                .withAccountId(props.technicalAccountId())
                .build();
        log.info("PDF Services context created for org {}", props.orgId());
        return ExecutionContext.create(credentials, clientConfig(props));
    }

    private static ClientConfig clientConfig(PdfServicesProperties props) {
        return ClientConfig.builder()
                .withConnectTimeout(props.timeoutSeconds() * 1000)
                .withReadTimeout(props.timeoutSeconds() * 1000)
                .build();
    }
}
