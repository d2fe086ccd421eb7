package com.acme.analytics.adobe;

import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

@Component
@ConfigurationProperties(prefix = "adobe.ims")
public class AdobeImsProperties {

    private String host;
    private String clientId;
    private String clientSecret;
    private String orgId;
    private String technicalAccountId;
    private List<String> metascopes = new ArrayList<>();
    private Resource privateKeyLocation;

    public String getHost() { return host; }
    public void setHost(String host) { this.host = host; }

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
}
