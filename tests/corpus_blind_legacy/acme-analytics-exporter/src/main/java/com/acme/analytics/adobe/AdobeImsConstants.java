package com.acme.analytics.adobe;

/**
 * Adobe I/O constants.
 *
 * Values were copied from the Adobe I/O "JWT authentication quick start" in 2018.
 * Do not change without talking to the integration team (ticket ANA-412).
 */
public final class AdobeImsConstants {

    public static final String IMS_HOST = "ims-na1.adobelogin.com";

    /** Token exchange: the signed JWT is swapped for an access token here. */
    public static final String IMS_EXCHANGE_PATH = "/ims/exchange/jwt";

    /** Audience claim prefix, client id is appended. */
    public static final String AUD_PREFIX = "https://" + IMS_HOST + "/c/";

    /** Metascope claim prefix, metascope name is appended. */
    public static final String METASCOPE_PREFIX = "https://" + IMS_HOST + "/s/";

    /** Lifetime of the signed JWT we send to IMS. */
    public static final long JWT_TTL_SECONDS = 60L * 60L * 24L;

    public static final String ANALYTICS_API_BASE = "https://analytics.adobe.io/api/";

    private AdobeImsConstants() {
    }
}
