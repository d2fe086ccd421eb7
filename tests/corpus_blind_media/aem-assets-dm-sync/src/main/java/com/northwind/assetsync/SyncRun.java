package com.northwind.assetsync;

import com.adobe.aio.workspace.Workspace;
import com.northwind.assetsync.dm.DynamicMediaClient;
import java.util.logging.Logger;

/** One sync pass: query approved assets, push to DM, share to Brand Portal, emit events. */
final class SyncRun {
  private static final Logger LOG = Logger.getLogger(SyncRun.class.getName());

  private final String aemToken;
  private final String ioToken;
  private final Workspace workspace;
  private final DynamicMediaClient dm;

  SyncRun(String aemToken, String ioToken, Workspace workspace, DynamicMediaClient dm) {
    this.aemToken = aemToken;
    this.ioToken = ioToken;
    this.workspace = workspace;
    this.dm = dm;
  }

  void execute(String[] args) {
    LOG.info(() -> "sync for org " + workspace.getImsOrgId() + " started, args=" + String.join(" ", args));
    // query builder call, DM upload and event publishing live in the sub-packages
    LOG.info("sync finished");
  }
}
