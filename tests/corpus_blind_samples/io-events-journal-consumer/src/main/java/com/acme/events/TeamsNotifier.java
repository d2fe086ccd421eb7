package com.acme.events;

import com.microsoft.aad.msal4j.ClientCredentialFactory;
import com.microsoft.aad.msal4j.ClientCredentialParameters;
import com.microsoft.aad.msal4j.ConfidentialClientApplication;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Collections;
import java.util.Properties;

/** Posts to a Teams channel through Microsoft Graph (Entra ID client credentials). */
final class TeamsNotifier {

  private static final String GRAPH_SCOPE = "https://graph.microsoft.com/.default";
  private final ConfidentialClientApplication app;
  private final String channelUrl;

  TeamsNotifier(Properties props) throws Exception {
    this.app = ConfidentialClientApplication.builder(
            props.getProperty("teams_client_id"),
            ClientCredentialFactory.createFromSecret(System.getenv("TEAMS_CLIENT_SECRET")))
        .authority("https://login.microsoftonline.com/" + props.getProperty("teams_tenant_id") + "/")
        .build();
    this.channelUrl = System.getenv("TEAMS_CHANNEL_MESSAGES_URL");
  }

  void post(String text) {
    try {
      String token = app.acquireToken(ClientCredentialParameters
          .builder(Collections.singleton(GRAPH_SCOPE)).build()).get().accessToken();
      HttpRequest req = HttpRequest.newBuilder(URI.create(channelUrl))
          .header("Authorization", "Bearer " + token)
          .header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString("{\"body\":{\"content\":\"" + text + "\"}}"))
          .build();
      HttpClient.newHttpClient().send(req, HttpResponse.BodyHandlers.discarding());
    } catch (Exception e) {
      throw new IllegalStateException("Teams post failed", e);
    }
  }
}
