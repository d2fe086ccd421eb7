package com.northwind.assetsync;

import com.adobe.aio.ims.ImsService;
import com.adobe.aio.workspace.Workspace;
import com.northwind.assetsync.aem.AemServiceToken;
import com.northwind.assetsync.auth.ImsAuthFactory;
import com.northwind.assetsync.dm.DynamicMediaClient;
import java.net.URI;
import java.util.Properties;

public final class AssetSyncJob {

  public static void main(String[] args) throws Exception {
    String workspaceFile = System.getenv().getOrDefault("ASSET_SYNC_WORKSPACE", "workspace.jwt.properties");
    Properties props = ImsAuthFactory.load(workspaceFile);
    Workspace workspace = ImsAuthFactory.workspace(props);
    ImsService ims = ImsAuthFactory.imsService(workspace);

    AemServiceToken aem = new AemServiceToken(System.getenv("AEM_SERVICE_CREDENTIALS"));
    String aemToken = aem.fetch();
    String ioToken = ims.getAccessToken().getAccessToken();

    DynamicMediaClient dm = new DynamicMediaClient(
        URI.create("https://s7sps1apissl.scene7.com/scene7/services/IpsApiService"),
        System.getenv("DM_USER"), System.getenv("DM_PASSWORD"));

    new SyncRun(aemToken, ioToken, workspace, dm).execute(args);
  }

  private AssetSyncJob() {}
}
