package com.examplecorp.campaign;

import com.examplecorp.campaign.ims.ImsSettings;
import com.examplecorp.campaign.ims.TokenClient;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

public class ProfileSync {
    public static void main(String[] args) throws Exception {
        ImsSettings cfg = ImsSettings.load();
        TokenClient tokens = new TokenClient(cfg);
        HttpRequest req = HttpRequest.newBuilder(
                URI.create("https://mc.adobe.io/examplecorp-mkt-prod/campaign/profileAndServices/profile?_lineCount=10"))
                .header("Authorization", "Bearer " + tokens.accessToken())
                .header("X-Api-Key", cfg.clientId)
                .GET().build();
        HttpResponse<String> resp = HttpClient.newHttpClient().send(req, HttpResponse.BodyHandlers.ofString());
        System.out.println(resp.statusCode() + " " + resp.body());
    }
}
