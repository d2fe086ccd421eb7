package com.northwind.assetsync.dm;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * Minimal Scene7 IPS SOAP client (Dynamic Media Classic). IPS authenticates every call with
 * the DM user and password in the authHeader; there is no IMS token involved.
 */
public final class DynamicMediaClient {

  private static final String AUTH_HEADER =
      "<ns:authHeader xmlns:ns=\"http://www.scene7.com/IpsApi/xsd/2024-01-31\">"
          + "<ns:user>%s</ns:user><ns:password>%s</ns:password>"
          + "<ns:appName>aem-assets-dm-sync</ns:appName><ns:appVersion>2.3</ns:appVersion>"
          + "</ns:authHeader>";

  private final HttpClient http = HttpClient.newHttpClient();
  private final URI endpoint;
  private final String user;
  private final String password;

  public DynamicMediaClient(URI endpoint, String user, String password) {
    this.endpoint = endpoint;
    this.user = user;
    this.password = password;
  }

  public String submitUploadUrlsJob(String companyHandle, String folderHandle, String sourceUrl)
      throws IOException, InterruptedException {
    String body = "<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\">"
        + "<soapenv:Header>" + String.format(AUTH_HEADER, user, password) + "</soapenv:Header>"
        + "<soapenv:Body><submitJobParam xmlns=\"http://www.scene7.com/IpsApi/xsd/2024-01-31\">"
        + "<companyHandle>" + companyHandle + "</companyHandle>"
        + "<jobName>asset-sync-" + System.currentTimeMillis() + "</jobName>"
        + "<uploadUrlsJob><destFolder>" + folderHandle + "</destFolder>"
        + "<urlArray><items>" + sourceUrl + "</items></urlArray>"
        + "<overwrite>true</overwrite><readyForPublish>true</readyForPublish>"
        + "</uploadUrlsJob></submitJobParam></soapenv:Body></soapenv:Envelope>";
    HttpRequest request = HttpRequest.newBuilder(endpoint)
        .header("Content-Type", "text/xml; charset=utf-8")
        .header("SOAPAction", "submitJob")
        .POST(HttpRequest.BodyPublishers.ofString(body))
        .build();
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IOException("IPS submitJob failed: " + response.statusCode());
    }
    return response.body();
  }
}
