package com.agency.journal;

import java.security.PrivateKey;
import java.util.Properties;

import com.adobe.aio.auth.Context;
import com.adobe.aio.auth.JwtContext;
import com.adobe.aio.auth.OAuthContext;
import com.adobe.aio.ims.util.PrivateKeyBuilder;
import com.adobe.aio.workspace.Workspace;

/** Builds an aio-lib-java Workspace from a properties file. */
final class AuthFactory {

  private AuthFactory() {}

  static Workspace oauth(Properties p) {
    Context ctx = new OAuthContext(p.getProperty("aio_client_secret"), p.getProperty("aio_oauth_scopes"));
    return base(p).authContext(ctx).build();
  }

  /**
   * Stage workspace still only has the Service Account credential.
   * @deprecated remove once AG-433 is done
   */
  @Deprecated
  static Workspace legacy(Properties p) {
    PrivateKey key = new PrivateKeyBuilder().encodedPkcs8Key(p.getProperty("aio_encoded_pkcs8")).build();
    Context ctx = JwtContext.builder()
        .clientSecret(p.getProperty("aio_client_secret"))
        .technicalAccountId(p.getProperty("aio_technical_account_id"))
        .addMetascope(p.getProperty("aio_meta_scopes"))
        .privateKey(key)
        .build();
    return base(p).authContext(ctx).build();
  }

  private static Workspace.Builder base(Properties p) {
    return Workspace.builder()
        .imsUrl(p.getProperty("aio_ims_url"))
        .imsOrgId(p.getProperty("aio_ims_org_id"))
        .apiKey(p.getProperty("aio_api_key"))
        .consumerOrgId(p.getProperty("aio_consumer_org_id"))
        .projectId(p.getProperty("aio_project_id"))
        .workspaceId(p.getProperty("aio_workspace_id"));
  }
}
