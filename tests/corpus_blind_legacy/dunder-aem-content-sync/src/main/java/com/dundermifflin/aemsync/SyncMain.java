package com.dundermifflin.aemsync;

import java.io.File;

import com.dundermifflin.aemsync.auth.AemAccessTokenProvider;
import com.dundermifflin.aemsync.auth.ServiceCredentials;

public final class SyncMain {

    private static final String AEM_AUTHOR = "https://author-p48213-e392011.adobeaemcloud.com";

    public static void main(String[] args) throws Exception {
        File credentials = new File(args.length > 0 ? args[0] : "config/aemcs-service-credentials.json");
        String token = new AemAccessTokenProvider(ServiceCredentials.load(credentials)).fetchAccessToken();
        int pushed = new ProductSheetPusher(AEM_AUTHOR, token).pushChangedSince(args.length > 1 ? args[1] : null);
        System.out.println("Pushed " + pushed + " product sheets to " + AEM_AUTHOR);
    }
}
