package com.acme.campaignsync.adobe;

/** Paths and formats shared by the IMS and Campaign clients. */
public final class AdobeEndpoints {

    public static final String JWT_EXCHANGE_PATH = "/ims/exchange/jwt";
    public static final String TOKEN_PATH = "/ims/token/v3";

    public static final String CLAIM_AUDIENCE_FMT = "%s/c/%s";
    public static final String CLAIM_METASCOPE_FMT = "%s/s/%s";

    public static final String CAMPAIGN_BASE_FMT = "https://mc.adobe.io/%s/campaign";
    public static final String PROFILES_PATH = "/profileAndServices/profile";

    private AdobeEndpoints() {
    }
}
