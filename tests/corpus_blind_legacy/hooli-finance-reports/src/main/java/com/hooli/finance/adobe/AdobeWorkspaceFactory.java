package com.hooli.finance.adobe;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;

import com.adobe.aio.auth.OAuthContext;
import com.adobe.aio.ims.ImsService;
import com.adobe.aio.workspace.Workspace;

public final class AdobeWorkspaceFactory {

    private AdobeWorkspaceFactory() {
    }

    public static Workspace fromFile(String path) throws IOException {
        Properties p = new Properties();
        try (InputStream in = new FileInputStream(path)) {
            p.load(in);
        }
        String secret = System.getenv().getOrDefault("AIO_CLIENT_SECRET", p.getProperty("aio_client_secret"));
        Set<String> scopes = new HashSet<>(Arrays.asList(p.getProperty("aio_oauth_scopes").split(",")));

        return Workspace.builder()
                .imsUrl(p.getProperty("aio_ims_url"))
                .imsOrgId(p.getProperty("aio_ims_org_id"))
                .apiKey(p.getProperty("aio_api_key"))
                .consumerOrgId(p.getProperty("aio_consumer_org_id"))
                .projectId(p.getProperty("aio_project_id"))
                .workspaceId(p.getProperty("aio_workspace_id"))
                .authContext(new OAuthContext(secret, scopes))
                .build();
    }

    public static String accessToken(Workspace workspace) {
        return ImsService.builder().workspace(workspace).build().getAccessToken().getAccessToken();
    }
}
