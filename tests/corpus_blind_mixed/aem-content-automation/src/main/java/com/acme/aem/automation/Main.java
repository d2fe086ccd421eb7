package com.acme.aem.automation;

import java.io.FileInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

public final class Main {
  public static void main(String[] args) throws Exception {
    Properties p = new Properties();
    try (FileInputStream in = new FileInputStream("src/main/resources/application.properties")) {
      p.load(in);
    }
    String credsPath = System.getenv().getOrDefault("AEM_SERVICE_CREDENTIALS_FILE", "config/local/service-credentials.dev.json");
    String token = new ServiceTokenFetcher().fetch(ServiceCredentials.load(Path.of(credsPath)));

    HttpRequest req = HttpRequest.newBuilder(URI.create(p.getProperty("aem.author.url") + "/content/acme/us/en.1.json"))
        .header("Authorization", "Bearer " + token)
        .build();
    String body = HttpClient.newHttpClient().send(req, HttpResponse.BodyHandlers.ofString()).body();

    new SheetsExporter(System.getenv().getOrDefault("GOOGLE_APPLICATION_CREDENTIALS", "src/test/resources/google-sa-test.json"),
        p.getProperty("sheets.spreadsheet-id"))
        .writeAudit(List.of(List.of("/content/acme/us/en", body.length())));
  }
}
