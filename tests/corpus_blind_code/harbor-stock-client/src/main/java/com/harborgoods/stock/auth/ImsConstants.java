package com.harborgoods.stock.auth;

/**
 * Adobe IMS constants shared by the token service and the tests.
 */
public final class ImsConstants {

    public static final String DEFAULT_IMS_HOST = "https://ims-na1.adobelogin.com";

    /** Token exchange endpoint for technical-account (service) integrations. */
    public static final String JWT_EXCHANGE_PATH = "/ims/exchange/v1/jwt";

    /** Lifetime of the signed assertion we send to IMS. */
    public static final long ASSERTION_TTL_SECONDS = 600L;

    private ImsConstants() {
    }
}
