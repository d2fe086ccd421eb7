package com.acme.campaign;

import com.acme.campaign.auth.ImsTokenClient;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Pushes CRM profile changes to Adobe Campaign Standard. */
public class ProfileSync {
    private static final String BASE = "https://mc.adobe.io/acme-mkt-prod/campaign/profileAndServices/profile";

    public static void main(String[] args) throws Exception {
        String token = new ImsTokenClient().fetchAccessToken();
        HttpRequest req = HttpRequest.newBuilder(URI.create(BASE + "?_lineCount=10"))
                .header("Authorization", "Bearer " + token)
                .header("X-Api-Key", System.getenv("CAMPAIGN_API_KEY"))
                .GET()
                .build();
        HttpResponse<String> resp = HttpClient.newHttpClient().send(req, HttpResponse.BodyHandlers.ofString());
        System.out.println(resp.statusCode());
    }
}
