package com.acme.campaignsync.sync;

import com.adobe.aio.ims.ImsService;
import com.adobe.aio.workspace.Workspace;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

@Service
public class ProfileSyncService {

  private final ImsService ims;
  private final Workspace workspace;
  private final HttpClient http = HttpClient.newHttpClient();
  private final String campaignBase;

  public ProfileSyncService(ImsService ims, Workspace workspace,
      @Value("${campaign.base-url}") String campaignBase) {
    this.ims = ims;
    this.workspace = workspace;
    this.campaignBase = campaignBase;
  }

  public int pushProfile(String json) throws Exception {
    HttpRequest req = HttpRequest.newBuilder(URI.create(campaignBase + "/profileAndServices/profile"))
        .header("Authorization", "Bearer " + ims.getAccessToken().getAccessToken())
        .header("X-Api-Key", workspace.getApiKey())
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json))
        .build();
    return http.send(req, HttpResponse.BodyHandlers.discarding()).statusCode();
  }
}
