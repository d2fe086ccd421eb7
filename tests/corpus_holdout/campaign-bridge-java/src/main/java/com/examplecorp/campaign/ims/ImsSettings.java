package com.examplecorp.campaign.ims;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** Typed view over campaign.properties (with ${ENV} substitution for secrets). */
public final class ImsSettings {
    public final String host;
    public final String exchangePath;
    public final String clientId;
    public final String clientSecret;
    public final String orgId;
    public final String technicalAccountId;
    public final String metascope;
    public final String privateKeyResource;
    public final long ttlSeconds;

    private ImsSettings(Properties p) {
        host = p.getProperty("ims.host");
        exchangePath = p.getProperty("ims.exchangePath");
        clientId = p.getProperty("ims.clientId");
        clientSecret = resolve(p.getProperty("ims.clientSecret"));
        orgId = p.getProperty("ims.orgId");
        technicalAccountId = p.getProperty("ims.technicalAccountId");
        metascope = p.getProperty("ims.metascope");
        privateKeyResource = p.getProperty("ims.privateKeyResource");
        ttlSeconds = Long.parseLong(p.getProperty("ims.tokenTtlSeconds", "600"));
    }

    private static String resolve(String v) {
        if (v != null && v.startsWith("${") && v.endsWith("}")) {
            return System.getenv(v.substring(2, v.length() - 1));
        }
        return v;
    }

    public static ImsSettings load() throws IOException {
        try (InputStream in = ImsSettings.class.getClassLoader().getResourceAsStream("campaign.properties")) {
            Properties p = new Properties();
            p.load(in);
            return new ImsSettings(p);
        }
    }
}
