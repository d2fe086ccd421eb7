package com.acme.campaignsync.ims;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

@ConfigurationProperties(prefix = "adobe.ims")
public record ImsProperties(
    AuthMode authMode,
    String workspaceFile,
    String orgId,
    String clientId,
    String clientSecret,
    String technicalAccountId,
    Jwt jwt,
    OAuth oauth) {

  public record Jwt(String exchangeUrl, List<String> metaScopes, String privateKeyLocation, long expirationSeconds) {}

  public record OAuth(String tokenUrl, String grantType, List<String> scopes) {}
}
