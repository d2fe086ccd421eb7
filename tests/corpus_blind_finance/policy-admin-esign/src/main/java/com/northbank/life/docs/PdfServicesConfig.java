package com.northbank.life.docs;

import com.adobe.pdfservices.operation.PDFServices;
import com.adobe.pdfservices.operation.auth.Credentials;
import com.adobe.pdfservices.operation.auth.ServicePrincipalCredentials;
import com.adobe.pdfservices.operation.config.ClientConfig;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
public class PdfServicesConfig {

    @Bean
    public PDFServices pdfServices(@Value("${adobe.pdf-services.client-id}") String clientId,
                                   @Value("${adobe.pdf-services.client-secret}") String clientSecret,
                                   @Value("${adobe.pdf-services.region:EU}") String region) {
        Credentials credentials = new ServicePrincipalCredentials(clientId, clientSecret);
        ClientConfig config = ClientConfig.builder()
                .setRegion("EU".equals(region)
                        ? com.adobe.pdfservices.operation.config.Region.EU
                        : com.adobe.pdfservices.operation.config.Region.US)
                .setConnectTimeout(10000)
                .setSocketTimeout(60000)
                .build();
        return new PDFServices(credentials, config);
    }
}
