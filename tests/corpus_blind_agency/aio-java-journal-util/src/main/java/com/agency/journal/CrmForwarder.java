package com.agency.journal;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import com.adobe.aio.event.journal.model.Event;

final class CrmForwarder {
  private final String webhook;
  private final OktaTokens okta;
  private final HttpClient http = HttpClient.newHttpClient();

  CrmForwarder(String webhook, OktaTokens okta) {
    this.webhook = webhook;
    this.okta = okta;
  }

  void forward(Event event) {
    try {
      HttpRequest req = HttpRequest.newBuilder(URI.create(webhook))
          .header("Authorization", "Bearer " + okta.token())
          .header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString(event.getEvent().toString()))
          .build();
      http.send(req, HttpResponse.BodyHandlers.discarding());
    } catch (Exception e) {
      throw new IllegalStateException("forward failed for " + event.getPosition(), e);
    }
  }
}
