package com.northwind.assetsync.auth;

import com.adobe.aio.auth.JwtContext;
import com.adobe.aio.auth.OAuthContext;
import com.adobe.aio.ims.ImsService;
import com.adobe.aio.ims.util.PrivateKeyBuilder;
import com.adobe.aio.workspace.Workspace;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Properties;
import java.util.Set;

/**
 * Builds the aio-lib-java workspace for the current environment. Stage already runs on the
 * OAuth Server-to-Server credential; production still uses the service account (ASYNC-77).
 */
public final class ImsAuthFactory {

  private ImsAuthFactory() {}

  public static Properties load(String resource) throws IOException {
    Properties props = new Properties();
    try (InputStream in = ImsAuthFactory.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IOException("workspace file not found on classpath: " + resource);
      }
      props.load(in);
    }
    return props;
  }

  public static Workspace workspace(Properties props) {
    Workspace.Builder builder = Workspace.builder()
        .imsUrl(props.getProperty(WorkspaceKeys.IMS_URL))
        .imsOrgId(props.getProperty(WorkspaceKeys.IMS_ORG_ID))
        .consumerOrgId(props.getProperty(WorkspaceKeys.CONSUMER_ORG_ID))
        .projectId(props.getProperty(WorkspaceKeys.PROJECT_ID))
        .workspaceId(props.getProperty(WorkspaceKeys.WORKSPACE_ID))
        .credentialId(props.getProperty(WorkspaceKeys.CREDENTIAL_ID))
        .apiKey(props.getProperty(WorkspaceKeys.API_KEY));

    String clientSecret = props.getProperty(WorkspaceKeys.CLIENT_SECRET);
    String oauthScopes = props.getProperty(WorkspaceKeys.OAUTH_SCOPES);
    if (oauthScopes != null && !oauthScopes.isBlank()) {
      Set<String> scopes = new LinkedHashSet<>(Arrays.asList(oauthScopes.split(",")));
      builder.authContext(new OAuthContext(clientSecret, scopes));
    } else {
      builder.authContext(JwtContext.builder()
          .clientSecret(clientSecret)
          .technicalAccountId(props.getProperty(WorkspaceKeys.TECHNICAL_ACCOUNT_ID))
          .addMetascope(props.getProperty(WorkspaceKeys.META_SCOPES))
          .privateKey(new PrivateKeyBuilder().encodedPkcs8Key(props.getProperty(WorkspaceKeys.ENCODED_PKCS8)).build())
          .build());
    }
    return builder.build();
  }

  public static ImsService imsService(Workspace workspace) {
    return ImsService.builder().workspace(workspace).build();
  }
}
