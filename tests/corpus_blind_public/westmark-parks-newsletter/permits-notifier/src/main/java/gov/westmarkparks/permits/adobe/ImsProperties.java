package gov.westmarkparks.permits.adobe;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.io.Resource;

@ConfigurationProperties(prefix = "adobe.ims")
public record ImsProperties(
        String baseUrl,
        String exchangeUrl,
        String orgId,
        String clientId,
        String clientSecret,
        String technicalAccountId,
        List<String> metascopes,
        Resource privateKeyLocation) {
}
