package com.harborgoods.stock.auth;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

public final class StockAuthProperties {

    private final Properties props;

    private StockAuthProperties(Properties props) {
        this.props = props;
    }

    public static StockAuthProperties load() throws IOException {
        Properties p = new Properties();
        try (InputStream in = StockAuthProperties.class.getResourceAsStream("/application.properties")) {
            p.load(in);
        }
        // env vars win over the packaged defaults
        System.getenv().forEach((k, v) -> {
            if (k.startsWith("HARBOR_ADOBE_")) {
                p.setProperty("harbor.adobe." + k.substring(13).toLowerCase().replace('_', '-'), v);
            }
        });
        return new StockAuthProperties(p);
    }

    public String getImsHost() {
        return props.getProperty("harbor.adobe.ims-host", ImsConstants.DEFAULT_IMS_HOST);
    }

    public String getApiKey() {
        return props.getProperty("harbor.adobe.api-key");
    }

    public String getClientSecret() {
        return props.getProperty("harbor.adobe.client-secret");
    }

    public String getOrgId() {
        return props.getProperty("harbor.adobe.org-id");
    }

    public String getTechnicalAccountId() {
        return props.getProperty("harbor.adobe.technical-account-id");
    }

    public List<String> getMetascopes() {
        return Arrays.asList(props.getProperty("harbor.adobe.metascopes", "").split("\\s*,\\s*"));
    }

    public String getPrivateKeyFile() {
        return props.getProperty("harbor.adobe.private-key-file");
    }
}
