package com.acmeretail.triggers.config;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.io.Resource;

@ConfigurationProperties(prefix = "adobe.ims")
public class AdobeImsProperties {

    private String host = "https://ims-na1.adobelogin.com";
    private String exchangePath = "/ims/exchange/jwt";
    private String clientId;
    private String clientSecret;
    private String orgId;
    private String technicalAccountId;
    private List<String> metascopes = List.of("ent_campaign_sdk");
    private Resource privateKeyLocation;
    private Duration jwtExpiry = Duration.ofMinutes(5);

    public String getHost() { return host; }
    public void setHost(String host) { this.host = host; }
    public String getExchangePath() { return exchangePath; }
    public void setExchangePath(String exchangePath) { this.exchangePath = exchangePath; }
    public String getClientId() { return clientId; }
    public void setClientId(String clientId) { this.clientId = clientId; }
    public String getClientSecret() { return clientSecret; }
    public void setClientSecret(String clientSecret) { this.clientSecret = clientSecret; }
    public String getOrgId() { return orgId; }
    public void setOrgId(String orgId) { this.orgId = orgId; }
    public String getTechnicalAccountId() { return technicalAccountId; }
    public void setTechnicalAccountId(String technicalAccountId) { this.technicalAccountId = technicalAccountId; }
    public List<String> getMetascopes() { return metascopes; }
    public void setMetascopes(List<String> metascopes) { this.metascopes = metascopes; }
    public Resource getPrivateKeyLocation() { return privateKeyLocation; }
    public void setPrivateKeyLocation(Resource privateKeyLocation) { this.privateKeyLocation = privateKeyLocation; }
    public Duration getJwtExpiry() { return jwtExpiry; }
    public void setJwtExpiry(Duration jwtExpiry) { this.jwtExpiry = jwtExpiry; }
}
