package com.acme.campaign.auth;

/** Adobe IMS endpoints used by the Campaign Standard connector. */
public final class ImsConstants {
    public static final String IMS_HOST = "https://ims-na1.adobelogin.com";
    public static final String JWT_EXCHANGE = IMS_HOST + "/ims/exchange/jwt";
    public static final String AUD_PREFIX = IMS_HOST + "/c/";
    public static final String METASCOPE = IMS_HOST + "/s/ent_campaign_sdk";

    private ImsConstants() {
    }
}
