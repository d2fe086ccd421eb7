package com.northwind.assetsync.auth;

/** Property names used in src/main/resources/workspace.*.properties. */
public final class WorkspaceKeys {
  public static final String IMS_URL = "aio_ims_url";
  public static final String IMS_ORG_ID = "aio_ims_org_id";
  public static final String CONSUMER_ORG_ID = "aio_consumer_org_id";
  public static final String PROJECT_ID = "aio_project_id";
  public static final String WORKSPACE_ID = "aio_workspace_id";
  public static final String CREDENTIAL_ID = "aio_credential_id";
  public static final String API_KEY = "aio_api_key";
  public static final String CLIENT_SECRET = "aio_client_secret";
  public static final String TECHNICAL_ACCOUNT_ID = "aio_technical_account_id";
  public static final String META_SCOPES = "aio_meta_scopes";
  public static final String ENCODED_PKCS8 = "aio_encoded_pkcs8";
  public static final String OAUTH_SCOPES = "aio_oauth_scopes";

  private WorkspaceKeys() {}
}
