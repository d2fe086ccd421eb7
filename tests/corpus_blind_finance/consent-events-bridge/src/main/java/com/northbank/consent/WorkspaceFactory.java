package com.northbank.consent;

import java.io.IOException;
import java.io.InputStream;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.Properties;
import java.util.Set;

import com.adobe.aio.auth.Context;
import com.adobe.aio.auth.JwtContext;
import com.adobe.aio.auth.OAuthContext;
import com.adobe.aio.workspace.Workspace;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.eclipse.microprofile.config.inject.ConfigProperty;

@ApplicationScoped
public class WorkspaceFactory {

    @ConfigProperty(name = "bridge.workspace-file")
    String workspaceFile;

    @Produces
    @ApplicationScoped
    Workspace workspace() throws Exception {
        Properties p = load(workspaceFile);
        return build(p);
    }

    static Workspace build(Properties p) throws Exception {
        Context auth;
        if (p.containsKey("aio_oauth_scopes")) {
            Set<String> scopes = new LinkedHashSet<>(Arrays.asList(p.getProperty("aio_oauth_scopes").split(",")));
            auth = new OAuthContext(p.getProperty("aio_client_secret"), scopes);
        } else {
            JwtContext.Builder jwt = JwtContext.builder()
                    .clientSecret(p.getProperty("aio_client_secret"))
                    .technicalAccountId(p.getProperty("aio_technical_account_id"))
                    .privateKey(pkcs8(p.getProperty("aio_encoded_pkcs8")));
            for (String ms : p.getProperty("aio_meta_scopes").split(",")) {
                jwt.addMetascope(ms.trim());
            }
            auth = jwt.build();
        }
        return Workspace.builder()
                .imsUrl(p.getProperty("aio_ims_url"))
                .imsOrgId(p.getProperty("aio_ims_org_id"))
                .apiKey(p.getProperty("aio_api_key"))
                .consumerOrgId(p.getProperty("aio_consumer_org_id"))
                .projectId(p.getProperty("aio_project_id"))
                .workspaceId(p.getProperty("aio_workspace_id"))
                .credentialId(p.getProperty("aio_credential_id"))
                .authContext(auth)
                .build();
    }

    private static PrivateKey pkcs8(String base64) throws Exception {
        byte[] der = Base64.getDecoder().decode(base64.replaceAll("\\s", ""));
        return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
    }

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = WorkspaceFactory.class.getClassLoader().getResourceAsStream(name)) {
            p.load(in);
        }
        // resolve ${ENV} placeholders
        p.replaceAll((k, v) -> {
            String s = v.toString();
            if (s.startsWith("${") && s.endsWith("}")) {
                String env = System.getenv(s.substring(2, s.length() - 1));
                return env != null ? env : "";
            }
            return s;
        });
        return p;
    }
}
