package com.acme.campaignsync.adobe;

import org.springframework.boot.context.properties.ConfigurationProperties;

@ConfigurationProperties(prefix = "adobe.ims")
public class AdobeImsProperties {

    private String host;
    private String clientId;
    private String clientSecret;
    private String orgId;
    private String authMode = "jwt";
    private final Jwt jwt = new Jwt();
    private final Oauth oauth = new Oauth();

    public static class Jwt {
        private String technicalAccountId;
        private String privateKeyLocation;
        private String metascopes;
        private long ttlSeconds = 300;

        public String getTechnicalAccountId() { return technicalAccountId; }
        public void setTechnicalAccountId(String v) { this.technicalAccountId = v; }
        public String getPrivateKeyLocation() { return privateKeyLocation; }
        public void setPrivateKeyLocation(String v) { this.privateKeyLocation = v; }
        public String getMetascopes() { return metascopes; }
        public void setMetascopes(String v) { this.metascopes = v; }
        public long getTtlSeconds() { return ttlSeconds; }
        public void setTtlSeconds(long v) { this.ttlSeconds = v; }
    }

    public static class Oauth {
        private String scopes;

        public String getScopes() { return scopes; }
        public void setScopes(String v) { this.scopes = v; }
    }

    public String getHost() { return host; }
    public void setHost(String v) { this.host = v; }
    public String getClientId() { return clientId; }
    public void setClientId(String v) { this.clientId = v; }
    public String getClientSecret() { return clientSecret; }
    public void setClientSecret(String v) { this.clientSecret = v; }
    public String getOrgId() { return orgId; }
    public void setOrgId(String v) { this.orgId = v; }
    public String getAuthMode() { return authMode; }
    public void setAuthMode(String v) { this.authMode = v; }
    public Jwt getJwt() { return jwt; }
    public Oauth getOauth() { return oauth; }
}
